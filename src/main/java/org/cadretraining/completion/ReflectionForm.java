package org.cadretraining.completion;

/** A reflection report as typed. */
class ReflectionForm {

    private String body = "";

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}

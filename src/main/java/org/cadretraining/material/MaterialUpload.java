package org.cadretraining.material;

/** A file someone wants to attach, before it is checked: from the page's form or the API. */
record MaterialUpload(Long agendaItemId, String title, boolean forParticipants, String fileName, byte[] content) {}

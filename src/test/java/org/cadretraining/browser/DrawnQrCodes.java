package org.cadretraining.browser;

/** QR codes as the pages show them, read back in tests. */
public final class DrawnQrCodes {

    private DrawnQrCodes() {}

    /**
     * The text of a QR code the server drew (a data: URI of a PNG), as a phone's scanner reads it. Read first as a
     * pure code (drawn, not photographed: every module where the encoder put it), which finds it whatever the text;
     * the general reader's detector missed some codes now and then.
     */
    public static String read(String dataUri) throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
        var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                new com.google.zxing.client.j2se.BufferedImageLuminanceSource(
                        javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)))));
        try {
            return new com.google.zxing.qrcode.QRCodeReader()
                    .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE))
                    .getText();
        } catch (com.google.zxing.NotFoundException notPure) {
            return new com.google.zxing.qrcode.QRCodeReader()
                    .decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        }
    }
}

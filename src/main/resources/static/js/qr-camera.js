// Reads QR codes from the camera in every mainstream browser: the browser's own BarcodeDetector where it has one,
// otherwise ZXing's JavaScript decoder (/vendor/zxing-library, from npm at build) on frames drawn into a canvas.
// No eval and no remote code, so the page's strict Content-Security-Policy holds.
(() => {
  "use strict";

  const FRAME_INTERVAL_MS = 150;

  // A decoder for one frame: a function from the video element to the decoded text, or null when none is seen.
  function nativeDecoder() {
    const detector = new BarcodeDetector({ formats: ["qr_code"] });
    return async (video) => {
      const codes = await detector.detect(video).catch(() => []);
      return codes.length ? codes[0].rawValue : null;
    };
  }

  function zxingDecoder() {
    const canvas = document.createElement("canvas");
    const context = canvas.getContext("2d", { willReadFrequently: true });
    const reader = new ZXing.QRCodeReader();
    const hints = new Map([[ZXing.DecodeHintType.TRY_HARDER, true]]);
    return async (video) => {
      const width = video.videoWidth;
      const height = video.videoHeight;
      if (!width || !height) {
        return null;
      }
      canvas.width = width;
      canvas.height = height;
      context.drawImage(video, 0, 0, width, height);
      return decodeImageData(reader, hints, context.getImageData(0, 0, width, height));
    };
  }

  // Grey levels from RGBA pixels, as ZXing's luminance source expects them.
  function decodeImageData(reader, hints, image) {
    const { data, width, height } = image;
    const grey = new Uint8ClampedArray(width * height);
    for (let i = 0, p = 0; i < grey.length; i++, p += 4) {
      grey[i] = (data[p] * 299 + data[p + 1] * 587 + data[p + 2] * 114) / 1000;
    }
    const source = new ZXing.RGBLuminanceSource(grey, width, height);
    const bitmap = new ZXing.BinaryBitmap(new ZXing.HybridBinarizer(source));
    try {
      return reader.decode(bitmap, hints).getText();
    } catch (notFound) {
      return null;
    } finally {
      reader.reset();
    }
  }

  function useNative() {
    return "BarcodeDetector" in window && !window.__qrCameraForceZxing;
  }

  // Starts the camera into the video element and calls onCode with each code read (the same code again only after
  // a pause, so one badge held in front of the camera is read once). Returns a function that stops the camera.
  async function start(video, onCode) {
    const decode = useNative() ? nativeDecoder() : zxingDecoder();
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    let running = true;
    let last = "";
    const look = async () => {
      if (!running) {
        return;
      }
      const text = await decode(video);
      if (text && text !== last) {
        last = text;
        onCode(text);
        setTimeout(() => (last = ""), 3000);
      }
      setTimeout(look, FRAME_INTERVAL_MS);
    };
    look();
    return () => {
      running = false;
      stream.getTracks().forEach((track) => track.stop());
      video.hidden = true;
    };
  }

  window.QrCamera = {
    available: () => Boolean(navigator.mediaDevices && navigator.mediaDevices.getUserMedia),
    start,
    // for pages and tests that decode a still image (a photo of a badge) with the same decoder
    decodeImageData: (image) =>
      decodeImageData(new ZXing.QRCodeReader(), new Map([[ZXing.DecodeHintType.TRY_HARDER, true]]), image),
  };
})();

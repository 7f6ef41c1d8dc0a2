// Keeps the staff device's pages and their assets, so an opened check-in page opens again without a network.
// Pages: network first, the kept copy when offline. Assets: the kept copy first. Scans are never cached: the page
// queues them in IndexedDB itself.
const CACHE = "attendance-v4";
const ASSETS = [
  "/webjars/bootstrap/dist/css/bootstrap.min.css",
  "/webjars/bootstrap-icons/font/bootstrap-icons.min.css",
  "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js",
  "/webjars/htmx.org/dist/htmx.min.js",
  "/css/app.css",
  "/css/attendance.css",
  "/js/app.js",
  "/js/length-limits.js",
  "/js/attendance-device.js",
  "/js/qr-camera.js",
  "/vendor/zxing-library/index.min.js",
  "/favicon.svg",
];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

// A new version arrives only while online, so the pages kept by an older one are fetched again on the next visit.
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === "navigate" && url.pathname.endsWith("/device")) {
    event.respondWith(
      fetch(request)
        .then((response) => {
          if (response.ok && !response.redirected) {
            const copy = response.clone();
            caches.open(CACHE).then((cache) => cache.put(request, copy));
          }
          return response;
        })
        .catch(() => caches.match(request)),
    );
  } else if (ASSETS.includes(url.pathname) || url.pathname.startsWith("/webjars/bootstrap-icons/")) {
    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
  }
});

// The staff device: taps and badge scans are queued in IndexedDB first, each with an id made here, and sent in
// batches whenever the network is there. A scan leaves the queue only when the server has answered for it, so
// nothing is lost offline and a retry of the same scan is counted once by the server.
// The device sends under a short-lived token of its grant, kept in localStorage and renewed while online (the
// renewal keeps the grant, so scans queued offline under an expired token still count once it is renewed). Scans
// are stamped by the server's clock as last seen at a renewal, not by the device's own.
(() => {
  const root = document.getElementById("device");
  if (!root) {
    return;
  }
  const courseId = Number(root.dataset.course);
  const itemId = Number(root.dataset.item);
  const label = (name) => root.dataset["label" + name] || name;
  const deviceId = localStorage.getItem("attendance-device") || uuid();
  localStorage.setItem("attendance-device", deviceId);
  let sending = false;
  // a scan queued while a batch is on its way is sent right after it, not at the next timer tick
  let sendAgain = false;
  // a send the network stopped is tried again soon, not only at the next timer tick
  const RETRY_AFTER_MS = 2000;
  let retry = null;
  function retrySoon() {
    if (!retry) {
      retry = setTimeout(() => {
        retry = null;
        send();
      }, RETRY_AFTER_MS);
    }
  }
  const tokenKey = "attendance-token-" + courseId;
  let token = localStorage.getItem(tokenKey) || "";
  let tokenExpires = Number(localStorage.getItem(tokenKey + "-expires") || 0);
  let clockOffset = Number(localStorage.getItem("attendance-clock-offset") || 0);
  root.dataset.token = token;
  const RENEW_BEFORE_MS = 30 * 60 * 1000;
  // a request the network lost (a phone between cells, a laptop put to sleep) is given up after this, so that the
  // queue is not held by it: the scans stay queued and the next try sends them
  const ANSWER_WITHIN_MS = 15 * 1000;
  const answerWithin = () => (AbortSignal.timeout ? AbortSignal.timeout(ANSWER_WITHIN_MS) : undefined);

  async function renew() {
    const csrf = document.querySelector('meta[name="_csrf"]');
    const csrfHeader = document.querySelector('meta[name="_csrf_header"]');
    const headers = { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" };
    if (csrf && csrfHeader) {
      headers[csrfHeader.content] = csrf.content;
    }
    const problem = document.getElementById("sync-problem");
    try {
      const response = await fetch(root.dataset.tokenUrl, {
        method: "POST",
        headers,
        credentials: "same-origin",
        redirect: "manual",
        body: new URLSearchParams({ token }).toString(),
        signal: answerWithin(),
      });
      const type = response.headers.get("Content-Type") || "";
      if (response.status === 403 && type.includes("json")) {
        // revoked: forget the token; reopening the page asks for a new grant
        const answer = await response.json();
        token = "";
        tokenExpires = 0;
        localStorage.removeItem(tokenKey);
        localStorage.removeItem(tokenKey + "-expires");
        root.dataset.token = "";
        problem.textContent = answer.detail || label("Renew");
        problem.hidden = false;
        return false;
      }
      if (!response.ok || !type.includes("json")) {
        problem.textContent = label("Renew");
        problem.hidden = false;
        return false;
      }
      const answer = await response.json();
      token = answer.token;
      tokenExpires = Date.parse(answer.expiresAt);
      clockOffset = Date.parse(answer.now) - Date.now();
      localStorage.setItem(tokenKey, token);
      localStorage.setItem(tokenKey + "-expires", String(tokenExpires));
      localStorage.setItem("attendance-clock-offset", String(clockOffset));
      root.dataset.token = token;
      return true;
    } catch (e) {
      return false;
    }
  }

  const serverNow = () => new Date(Date.now() + clockOffset);

  // "08:28" today, "2020-01-01 08:00" on another day, in the institution's time zone whatever the device's: a time
  // of another day never passes for today's
  const format = new Intl.DateTimeFormat("en-CA", {
    timeZone: root.dataset.zone || undefined,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const partsOf = (date) => Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));

  function when(iso) {
    const at = partsOf(new Date(iso));
    const today = partsOf(serverNow());
    const day = `${at.year}-${at.month}-${at.day}`;
    const time = `${at.hour}:${at.minute}`;
    return day === `${today.year}-${today.month}-${today.day}` ? time : `${day} ${time}`;
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  }

  const database = new Promise((resolve, reject) => {
    const request = indexedDB.open("attendance", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("queue", { keyPath: "scanId" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  async function store(mode, action) {
    const db = await database;
    return new Promise((resolve, reject) => {
      const tx = db.transaction("queue", mode);
      const request = action(tx.objectStore("queue"));
      tx.oncomplete = () => resolve(request && request.result);
      tx.onerror = () => reject(tx.error);
      // an aborted transaction fires neither: without this a send would wait for it forever, and no later send run
      tx.onabort = () => reject(tx.error);
    });
  }

  const queued = () => store("readonly", (queue) => queue.getAll());

  async function showCount() {
    const all = await queued();
    document.getElementById("queue-count").textContent = String(all.length);
  }

  function rowOf(cadreId) {
    return root.querySelector(`.roster [data-cadre="${cadreId}"]`);
  }

  function mark(cadreId, text, tone) {
    const row = rowOf(cadreId);
    if (row) {
      const state = row.querySelector(".scan-state");
      state.textContent = text;
      state.className = "small scan-state text-" + tone;
      row.classList.toggle("list-group-item-success", tone === "success");
    }
  }

  async function enqueue(cadreId, method) {
    // at a field study the leg chosen decides (its direction rides along); elsewhere check-in or check-out
    const leg = root.querySelector("input[name=leg]:checked");
    const direction = leg ? leg.dataset.direction : root.querySelector("input[name=direction]:checked").value;
    const scan = {
      scanId: uuid(),
      itemId,
      cadreId,
      direction,
      method,
      at: serverNow().toISOString(),
    };
    if (leg) {
      scan.leg = leg.value;
      const vehicle = document.getElementById("vehicle");
      if (vehicle && vehicle.value) {
        scan.vehicleId = Number(vehicle.value);
      }
    }
    await store("readwrite", (queue) => queue.put(scan));
    const row = rowOf(cadreId);
    document.getElementById("last-scan").textContent = (row ? row.dataset.name : cadreId) + " · " + label("Queued");
    mark(cadreId, label("Queued"), "warning");
    await showCount();
    send();
  }

  const tones = { RECORDED: "success", DUPLICATE: "success", CONFLICT: "secondary", REFUSED: "danger" };

  async function send() {
    if (sending) {
      sendAgain = true;
      return;
    }
    if (!navigator.onLine) {
      return;
    }
    sending = true;
    const problem = document.getElementById("sync-problem");
    try {
      const scans = await queued();
      if (scans.length === 0) {
        return;
      }
      if (!token || tokenExpires - serverNow().getTime() < RENEW_BEFORE_MS) {
        await renew();
      }
      // the device's token, not the session: a burst of scans costs no session lookups
      const headers = {
        "Content-Type": "application/json",
        Accept: "application/json",
        Authorization: "Bearer " + token,
      };
      const response = await fetch(root.dataset.scansUrl, {
        method: "POST",
        headers,
        credentials: "omit",
        redirect: "manual",
        body: JSON.stringify({ device: deviceId, scans: scans.slice(0, 200) }),
        signal: answerWithin(),
      });
      const type = response.headers.get("Content-Type") || "";
      if (response.status === 401) {
        // expired or revoked: a renewal decides which; the scans stay queued for the next try
        const renewed = await renew();
        problem.textContent = renewed ? "" : label("Renew");
        problem.hidden = renewed;
        // renewed under the same grant: the queue goes at once; refused: it waits for the page to be reopened
        sendAgain = renewed;
        return;
      }
      if (!response.ok || !type.includes("json")) {
        problem.textContent = label("Signin");
        problem.hidden = false;
        return;
      }
      problem.hidden = true;
      const answer = await response.json();
      for (const result of answer.results) {
        const name = result.outcome.charAt(0) + result.outcome.slice(1).toLowerCase();
        const time = result.firstCheckIn ? " " + when(result.firstCheckIn) : "";
        if (result.cadreId) {
          mark(result.cadreId, label(name) + time + (result.reason ? " · " + result.reason : ""), tones[result.outcome]);
        }
        await store("readwrite", (queue) => queue.delete(result.scanId));
      }
    } catch (e) {
      // the network went away while sending: the scans stay queued for the next try
      retrySoon();
    } finally {
      sending = false;
      await showCount();
      if (sendAgain) {
        sendAgain = false;
        send();
      }
    }
  }

  function showNetwork() {
    document.getElementById("network").hidden = navigator.onLine;
  }

  root.querySelector(".roster").addEventListener("click", (event) => {
    const button = event.target.closest(".tap");
    if (button) {
      enqueue(Number(button.closest("[data-cadre]").dataset.cadre), "STAFF_TAP");
    }
  });

  function badgeScanned(code) {
    // a cadre's row lists the badge of every accepted key: one printed before a key rotation is still known
    const rows = Array.from(root.querySelectorAll(".roster [data-badge]"));
    const row = rows.find((r) => r.dataset.badge.split(" ").includes(code.trim()));
    if (row) {
      enqueue(Number(row.dataset.cadre), "BADGE_SCAN");
    } else {
      document.getElementById("last-scan").textContent = label("Unknown");
    }
  }

  document.getElementById("badge-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const input = document.getElementById("badge-input");
    if (input.value.trim()) {
      badgeScanned(input.value);
    }
    input.value = "";
    input.focus();
  });

  // The camera reads badges in every browser that lets the page use it (QrCamera: the browser's own decoder or
  // ZXing's); where no camera is allowed, a USB scanner or a person types the badge number into the form.
  if (window.QrCamera && QrCamera.available()) {
    const camera = document.getElementById("camera");
    camera.hidden = false;
    let stop = null;
    camera.addEventListener("click", async () => {
      if (stop) {
        stop();
        stop = null;
        return;
      }
      stop = await QrCamera.start(document.getElementById("camera-view"), badgeScanned).catch(() => null);
    });
  }

  document.getElementById("sync").addEventListener("click", send);
  window.addEventListener("online", () => {
    showNetwork();
    send();
  });
  window.addEventListener("offline", showNetwork);
  setInterval(send, 10000);
  // renewed while online, so the token never runs out on an open page
  setInterval(() => navigator.onLine && renew(), 15 * 60 * 1000);

  // Installable, and the page opens without a network once it has been opened with one.
  const manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = root.dataset.manifest;
  document.head.appendChild(manifest);
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register(root.dataset.worker, { scope: "/attendance/" }).catch(() => {});
  }

  showNetwork();
  (navigator.onLine ? renew() : Promise.resolve()).then(showCount).then(send);
})();

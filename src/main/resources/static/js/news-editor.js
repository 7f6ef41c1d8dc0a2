// The article editor: Jodit (MIT, served from this site) on each body field of the article form. It makes only what
// the portal's sanitiser keeps (paragraphs, headings, lists, links, tables without inline sizes, figures with
// captions): the buttons that would make anything else are left out, and pasted HTML (from Word, WeChat or a web
// page) is first sent through that same sanitiser on the server, so the editor shows what will be saved. Images come
// from the editor's computer or from a course's photos and are kept with the article.
(() => {
  "use strict";
  const root = document.getElementById("article-images");
  if (!root || !window.Jodit) {
    return;
  }
  const meta = (name) => document.querySelector(`meta[name='${name}']`)?.content;
  const csrf = () => (meta("_csrf") ? { [meta("_csrf_header")]: meta("_csrf") } : {});
  const base = (root.dataset.base || "/").replace(/\/$/, "");
  const english = document.documentElement.lang.startsWith("en");
  const target = document.getElementById("image-target");
  const problem = document.getElementById("image-problem");
  const editors = {};

  const say = (text) => {
    problem.textContent = text || "";
  };

  // the sentence of an RFC 9457 problem detail, or the page's own when the answer has none
  const refusal = async (response, fallback) => {
    const body = await response.json().catch(() => null);
    return (body && body.detail) || fallback;
  };

  // Jodit gives a new table's cells widths and its rows line breaks; the portal's style sheet sizes tables itself
  const withoutSizes = (table) => {
    [table, ...table.querySelectorAll("*")].forEach((element) => {
      ["style", "width", "class"].forEach((name) => element.hasAttribute(name) && element.removeAttribute(name));
      if (["TABLE", "THEAD", "TBODY", "TFOOT", "TR"].includes(element.nodeName)) {
        [...element.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE && !node.textContent.trim())
          .forEach((node) => node.remove());
      }
    });
  };

  const make = (area) => {
    const editor = Jodit.make(area, {
      language: english ? "en" : "zh_cn",
      minHeight: 360,
      toolbarAdaptive: false,
      toolbarSticky: false,
      showCharsCounter: false,
      showWordsCounter: false,
      showXPathInStatusbar: false,
      beautifyHTML: false,
      askBeforePasteHTML: false,
      askBeforePasteFromWord: false,
      buttons: ["paragraph", "|", "bold", "italic", "underline", "strikethrough", "|", "ul", "ol", "|",
        "link", "table", "hr", "|", "undo", "redo", "|", "fullsize"],
      controls: {
        paragraph: {
          list: { p: "Normal", h2: "Heading 2", h3: "Heading 3", h4: "Heading 4", blockquote: "Quote" },
        },
      },
      link: { noFollowCheckbox: false, openInNewTabCheckbox: false, modeClassName: "" },
      popup: {
        a: ["link", "unlink"],
        img: ["delete"],
        cells: ["addrow", "addcolumn", "merge", "splitv", "splitg", "tablebin"],
      },
      disablePlugins: ["resizer", "resize-cells", "image-properties", "image-processor", "drag-and-drop",
        "drag-and-drop-element", "color", "font", "size", "line-height", "justify", "class-span", "copy-format",
        "powered-by-jodit", "about", "ai-assistant", "speech-recognize", "file", "image", "video", "media",
        "iframe", "print", "preview", "paste-from-word", "paste-storage", "source", "search", "spellcheck",
        "indent", "clean-html"],
    });
    const language = area.dataset.language;
    editors[language] = editor;
    editor.events.on("focus", () => {
      target.value = language;
    });
    editor.events.on("change", () => editor.editor.querySelectorAll("table").forEach(withoutSizes));
    // before Jodit's own paste handling (capture on its container): only plain text is left to Jodit
    editor.container.addEventListener("paste", (event) => pasteCleaned(event, editor), true);
  };

  const notice = document.getElementById("editor-notice");
  const tell = (text) => {
    notice.textContent = text || "";
    notice.classList.toggle("d-none", !text);
  };
  // counted in the text, not parsed: a parsed copy of Word's HTML would trip the content security policy on its
  // inline event handlers
  const imagesIn = (html) => (html.match(/<img\b/gi) || []).length;

  const pasteCleaned = async (event, editor) => {
    const clipboard = event.clipboardData;
    const html = clipboard && clipboard.getData("text/html");
    const files = clipboard ? [...clipboard.files].filter((file) => file.type.startsWith("image/")) : [];
    if (!html && files.length) {
      // a screenshot or a copied picture: kept with the article like an uploaded image, never as inline data
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!root.dataset.upload) {
        tell(root.dataset.saveFirst);
        return;
      }
      for (const file of files) {
        const body = new FormData();
        body.append("image", file);
        const image = await keepImage(root.dataset.upload, body);
        if (image) {
          insertFigure(editor, image.address, "");
        }
      }
      return;
    }
    if (!html) {
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    editor.s.save();
    const response = await fetch(`${root.dataset.clean}`, {
      method: "POST",
      headers: { ...csrf(), "Content-Type": "text/plain;charset=UTF-8", Accept: "application/json" },
      body: html,
    }).catch(() => null);
    editor.s.restore();
    if (!response || !response.ok) {
      tell(response ? await refusal(response, root.dataset.pasteFailed) : root.dataset.pasteFailed);
      return;
    }
    const cleaned = (await response.json()).html;
    // Word's pictures (file: addresses) and WeChat's (loaded from WeChat's servers) cannot come along
    const left = imagesIn(html) - imagesIn(cleaned);
    tell(left > 0 ? root.dataset.imagesLeft.replace("{0}", left) : "");
    editor.s.insertHTML(cleaned);
  };

  const insertFigure = (editor, address, caption) => {
    const figure = editor.createInside.element("figure");
    const image = editor.createInside.element("img");
    image.setAttribute("src", base + address);
    image.setAttribute("alt", caption || "");
    figure.appendChild(image);
    if (caption) {
      const text = editor.createInside.element("figcaption");
      text.textContent = caption;
      figure.appendChild(text);
    }
    // a figure is a block of its own: after the block the cursor is in (a paragraph, a table), else at the end
    let block = editor.s.current();
    while (block && block.parentNode !== editor.editor) {
      block = block.parentNode;
    }
    if (block) {
      block.after(figure);
    } else {
      editor.editor.append(figure);
    }
    editor.synchronizeValues();
  };

  const keepImage = async (url, body) => {
    const response = await fetch(url, { method: "POST", headers: { ...csrf(), Accept: "application/json" }, body })
      .catch(() => null);
    if (!response || !response.ok) {
      say(response ? await refusal(response, root.dataset.failed) : root.dataset.failed);
      return null;
    }
    say("");
    return response.json();
  };

  document.querySelectorAll("textarea[data-rich-text]").forEach(make);

  document.getElementById("image-insert").addEventListener("click", async () => {
    const file = document.getElementById("image-file");
    const caption = document.getElementById("image-caption");
    const body = new FormData();
    if (file.files[0]) {
      body.append("image", file.files[0]);
    }
    const image = await keepImage(root.dataset.upload, body);
    if (image) {
      insertFigure(editors[target.value], image.address, caption.value.trim());
      file.value = "";
      caption.value = "";
    }
  });

  const photoList = document.getElementById("photo-list");
  const button = (label, icon, action) => {
    const element = document.createElement("button");
    element.type = "button";
    element.className = "btn btn-sm btn-outline-secondary w-100 mt-1";
    element.innerHTML = `<i class="bi ${icon}"></i> `;
    element.append(label);
    element.addEventListener("click", action);
    return element;
  };
  document.getElementById("photo-course").addEventListener("change", async (event) => {
    photoList.replaceChildren();
    if (!event.target.value) {
      return;
    }
    const response = await fetch(`${root.dataset.photos}/${event.target.value}`, { headers: { Accept: "application/json" } });
    if (!response.ok) {
      say(await refusal(response, root.dataset.failed));
      return;
    }
    for (const photo of await response.json()) {
      const cell = document.createElement("div");
      cell.className = "col course-photo-choice";
      const image = document.createElement("img");
      image.className = "img-thumbnail";
      image.loading = "lazy";
      image.src = base + photo.address;
      image.alt = photo.caption || photo.fileName;
      cell.append(image);
      if (root.dataset.photoCopy) {
        cell.append(button(root.dataset.insertLabel, "bi-box-arrow-in-down", async () => {
          const copy = await keepImage(root.dataset.photoCopy + photo.id, null);
          if (copy) {
            insertFigure(editors[target.value], copy.address, photo.caption);
          }
        }));
      }
      cell.append(button(root.dataset.coverLabel, "bi-card-image", () => {
        document.getElementById("coverPhotoId").value = photo.id;
        document.getElementById("cover-photo-chosen").textContent =
          root.dataset.coverChosen.replace("{0}", photo.caption || photo.fileName);
      }));
      photoList.append(cell);
    }
  });

  document.getElementById("side-by-side").addEventListener("change", (event) => {
    document.getElementById("article-languages").classList.toggle("row-cols-xl-2", event.target.checked);
  });
  // Jodit writes into the field a moment after each change; the form takes what the editor holds now
  document.getElementById("article-form").addEventListener("submit", () => {
    Object.values(editors).forEach((editor) => {
      editor.element.value = editor.value;
    });
  });
})();

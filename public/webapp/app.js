// Monoqala web page: sorting and filtering the table in place, and inside Telegram the
// Mini App bridge (theme colours, back button, haptics, the start parameter, initData for
// subscribing). The page works without this file; it only adds to it.
// The bridge is a minimal equivalent of Telegram's telegram-web-app.js (which npm ships only
// inside a React SDK): it reads the launch parameters Telegram puts in the URL's hash and
// posts events the way the official script does.
(() => {
  const root = document.documentElement;
  root.classList.add("js");
  const lang = root.dataset.lang === "kk" ? "kk" : "ru";

  // --- Telegram bridge -----------------------------------------------------------------
  const store = {
    get(k) {
      try {
        return sessionStorage.getItem(`monoqala:${k}`);
      } catch {
        return null;
      }
    },
    set(k, v) {
      try {
        sessionStorage.setItem(`monoqala:${k}`, v);
      } catch {}
    },
  };
  // Telegram passes its parameters in the first page's hash only: they are kept for the
  // pages opened after it in the same Mini App.
  const hash = new URLSearchParams(location.hash.slice(1));
  if (hash.get("tgWebAppData")) {
    store.set("initData", hash.get("tgWebAppData"));
    store.set("theme", hash.get("tgWebAppThemeParams") || "");
    store.set("startParam", hash.get("tgWebAppStartParam") || "");
  }
  const official = window.Telegram?.WebApp;
  const initData = official?.initData || store.get("initData") || "";
  const inTelegram = !!initData;

  function postEvent(type, data) {
    const payload = data === undefined ? "" : JSON.stringify(data);
    try {
      if (window.TelegramWebviewProxy) window.TelegramWebviewProxy.postEvent(type, payload);
      else if (window.external && "notify" in window.external) window.external.notify(JSON.stringify({ eventType: type, eventData: data }));
      else if (window.parent !== window) window.parent.postMessage(JSON.stringify({ eventType: type, eventData: data }), "*");
    } catch {}
  }
  const handlers = {};
  function receiveEvent(type, data) {
    (handlers[type] || []).forEach((h) => {
      h(data);
    });
  }
  const on = (type, h) => {
    handlers[type] = handlers[type] || [];
    handlers[type].push(h);
  };
  if (inTelegram && !official) {
    window.Telegram = window.Telegram || {};
    window.Telegram.WebView = { receiveEvent, initParams: {} };
    window.addEventListener("message", (e) => {
      if (e.source !== window.parent) return;
      try {
        const m = JSON.parse(e.data);
        if (m?.eventType) receiveEvent(m.eventType, m.eventData);
      } catch {}
    });
  }

  const THEME = {
    bg_color: "--tg-bg",
    text_color: "--tg-text",
    hint_color: "--tg-hint",
    link_color: "--tg-link",
    button_color: "--tg-button",
    button_text_color: "--tg-button-text",
    secondary_bg_color: "--tg-secondary-bg",
  };
  function applyTheme(params) {
    if (!params) return;
    root.classList.add("tg");
    for (const [k, v] of Object.entries(THEME)) if (/^#[0-9a-f]{3,8}$/i.test(params[k] || "")) root.style.setProperty(v, params[k]);
    // Dark or light by the background's lightness, as Telegram's own script decides it.
    const bg = /^#([0-9a-f]{6})$/i.exec(params.bg_color || "");
    if (bg) {
      const n = Number.parseInt(bg[1], 16);
      const lightness = 0.299 * (n >> 16) + 0.587 * ((n >> 8) & 255) + 0.114 * (n & 255);
      root.classList.toggle("tg-dark", lightness < 120);
    }
  }
  const haptic = (type, kind) =>
    inTelegram && postEvent("web_app_trigger_haptic_feedback", kind ? { type, [type === "impact" ? "impact_style" : "notification_type"]: kind } : { type });

  if (inTelegram) {
    try {
      applyTheme(official?.themeParams || JSON.parse(store.get("theme") || "null"));
    } catch {}
    on("theme_changed", (d) => applyTheme(d?.theme_params));
    postEvent("web_app_ready");
    postEvent("web_app_expand");
    // Telegram's user language on the first page, unless the reader picked one on the page.
    const explicit = new URLSearchParams(location.search).has("lang") || store.get("langChosen");
    let user = null;
    try {
      user = JSON.parse(new URLSearchParams(initData).get("user") || "null");
    } catch {}
    const start = store.get("startParam");
    if (start && !store.get("started")) {
      store.set("started", "1");
      if (/^[a-z0-9_-]{1,64}$/.test(start)) {
        location.replace(`/app/${start}${user?.language_code === "kk" || lang === "kk" ? "?lang=kk" : ""}`);
        return;
      }
    }
    if (!explicit && user?.language_code === "kk" && lang !== "kk") {
      const u = new URL(location.href);
      u.searchParams.set("lang", "kk");
      u.hash = "";
      location.replace(u.toString());
      return;
    }
    // The back button on every page but the list.
    if (location.pathname !== "/app") {
      postEvent("web_app_setup_back_button", { is_visible: true });
      on("back_button_pressed", () => {
        if (history.length > 1) history.back();
        else location.href = `/app${lang === "kk" ? "?lang=kk" : ""}`;
      });
    } else postEvent("web_app_setup_back_button", { is_visible: false });
  }
  document.addEventListener("click", (e) => {
    const a = e.target.closest?.("a, button, summary");
    if (!a) return;
    if (a.classList.contains("lang")) store.set("langChosen", "1");
    haptic("selection_change");
  });

  // --- The table: filter and sort in place ---------------------------------------------
  const table = document.getElementById("towns");
  if (table) {
    const tbody = table.tBodies[0];
    const rows = [...tbody.rows];
    const form = document.querySelector(".controls");
    const [tier, region, sort] = ["f-tier", "f-region", "f-sort"].map((id) => document.getElementById(id));
    const shown = document.querySelector(".shown");
    const num = (r, key) => (r.dataset[key] === "" ? null : Number(r.dataset[key]));
    const byName = (a, b) => a.dataset.name.localeCompare(b.dataset.name, lang);
    function apply() {
      const key = sort.value;
      let n = 0;
      for (const r of rows) {
        const keep = (!tier.value || r.dataset.group === tier.value) && (!region.value || r.dataset.region === region.value);
        r.hidden = !keep;
        if (keep) n++;
      }
      const sorted = [...rows].sort((a, b) => {
        if (key === "name") return byName(a, b);
        const [x, y] = [num(a, key), num(b, key)];
        // Unknown is never 0: it goes last, whatever the order.
        if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
        return y - x || byName(a, b);
      });
      for (const r of sorted) tbody.appendChild(r);
      for (const th of table.querySelectorAll("th[data-sort]")) th.setAttribute("aria-sort", th.dataset.sort === key ? "descending" : "none");
      if (shown) shown.textContent = shown.dataset.template.replace("{n}", String(n));
      const u = new URL(location.href);
      for (const [k, el] of [
        ["tier", tier],
        ["region", region],
        ["sort", sort],
      ])
        if (el.value && !(k === "sort" && el.value === "name")) u.searchParams.set(k, el.value);
        else u.searchParams.delete(k);
      history.replaceState(null, "", u.pathname + u.search + u.hash);
    }
    for (const el of [tier, region, sort]) el.addEventListener("change", apply);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      apply();
    });
    // Column headers that sort become buttons (keyboard: Tab, then Enter or Space).
    for (const th of table.querySelectorAll("th[data-sort]")) {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = th.textContent;
      th.textContent = "";
      th.appendChild(b);
      b.addEventListener("click", () => {
        sort.value = th.dataset.sort;
        apply();
      });
    }
    apply();
  }

  // --- The map: a tap shows the town's summary (its table row) under the map -----------
  const summary = document.getElementById("map-summary");
  if (summary && table) {
    document.querySelector(".map svg").addEventListener("click", (e) => {
      const point = e.target.closest?.("a.pt");
      if (!point) return;
      const row = table.querySelector(`tr[data-town="${point.dataset.town}"]`);
      if (!row) return;
      e.preventDefault();
      for (const p of document.querySelectorAll("a.pt.sel")) p.classList.remove("sel");
      point.classList.add("sel");
      const head = document.createElement("h3");
      head.appendChild(row.querySelector("th a").cloneNode(true));
      const list = document.createElement("dl");
      for (const cell of row.querySelectorAll("td")) {
        const dt = document.createElement("dt");
        dt.textContent = cell.dataset.label;
        const dd = document.createElement("dd");
        dd.append(...[...cell.cloneNode(true).childNodes]);
        list.append(dt, dd);
      }
      summary.replaceChildren(head, list);
      summary.hidden = false;
      head.querySelector("a").focus({ preventScroll: true });
      summary.scrollIntoView({ block: "nearest" });
    });
  }

  // --- Subscribing from inside Telegram ------------------------------------------------
  const sub = document.getElementById("subscribe");
  if (sub && inTelegram) {
    sub.hidden = false;
    const status = sub.querySelector("[role=status]");
    sub.addEventListener("submit", async (e) => {
      e.preventDefault();
      const button = sub.querySelector("button");
      button.disabled = true;
      let ok = false;
      try {
        const res = await fetch("/app/api/subscribe", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ initData, townId: sub.dataset.town, lang }),
        });
        ok = res.ok;
      } catch {}
      status.textContent = ok ? sub.dataset.done : sub.dataset.failed;
      haptic("notification", ok ? "success" : "error");
      button.disabled = ok;
    });
  }
})();

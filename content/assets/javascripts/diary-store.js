/*
 * OIH Guide diary: keeping the diary in this browser's storage.
 *
 * Nothing is written until the person asks (the diary page's "Keep my diary
 * on this device"). Then one localStorage entry holds
 *   {"schema": 1, "saved_at": ISO time, "diary": <the contract's diary file>,
 *    "file_saved_at": ISO time of the last diary file saved (optional),
 *    "explained": true once the page has explained how to keep it safe (optional)}
 * The schema number lets a later version of the site migrate what an earlier
 * one kept; the optional fields need no new schema. localStorage (not
 * IndexedDB) because it is synchronous, a year of days is about 100 kB, and
 * its "storage" event tells other tabs at once.
 *
 * Every call reports problems instead of throwing: storage can be blocked
 * (private windows, site data turned off), full, or hold something this
 * version cannot read. Unreadable text is never overwritten without being
 * copied aside first, so nothing a person kept is ever lost by this script.
 * Problems come as codes (reason), which the page puts into words.
 *
 *   window.oihDiaryStore = {
 *     load()            -> {status: "none" | "ok" | "blocked" | "unreadable" | "newer", diary?, meta?,
 *                           reason?: "not_json" | "no_schema" | "unknown_schema" | "no_days", schema?, error?}
 *     save(diary, meta) -> {ok: true} | {ok: false, status: "blocked" | "full" | "error", error}
 *     remove()          -> {ok: true} | {ok: false, status, error}
 *     watch(callback)   -> calls callback(load()) when another tab changes the diary
 *   }
 * meta = {file_saved_at?, explained?}: what the page keeps beside the diary.
 */
(function () {
  "use strict";

  var KEY = "oih-guide.diary";
  var ASIDE_KEY = KEY + ".unreadable";
  var SCHEMA = 1;
  var META = ["file_saved_at", "explained"];

  // Older schemas are turned into the current one here, one step at a time:
  // MIGRATIONS[n] takes a schema-n record and returns a schema-(n+1) record.
  var MIGRATIONS = {};

  function storage() {
    // Reading window.localStorage itself throws when storage is blocked.
    try {
      return { area: window.localStorage };
    } catch (error) {
      return { error: error };
    }
  }

  function describe(error) {
    return (error && (error.name + ": " + error.message)) || String(error);
  }

  function isQuotaError(error) {
    return error && (error.name === "QuotaExceededError" || error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
      error.code === 22 || error.code === 1014);
  }

  function parseRecord(text) {
    var record;
    try {
      record = JSON.parse(text);
    } catch (error) {
      return { status: "unreadable", reason: "not_json" };
    }
    if (!record || typeof record !== "object" || typeof record.schema !== "number") {
      return { status: "unreadable", reason: "no_schema" };
    }
    if (record.schema > SCHEMA) {
      return { status: "newer", schema: record.schema };
    }
    while (record.schema < SCHEMA) {
      var migrate = MIGRATIONS[record.schema];
      if (!migrate) return { status: "unreadable", reason: "unknown_schema", schema: record.schema };
      record = migrate(record);
    }
    var diary = record.diary;
    if (!diary || typeof diary !== "object" || !Array.isArray(diary.days) || !Array.isArray(diary.doses)) {
      return { status: "unreadable", reason: "no_days" };
    }
    var meta = {};
    META.forEach(function (key) {
      if (record[key] !== undefined) meta[key] = record[key];
    });
    return { status: "ok", diary: diary, meta: meta };
  }

  function load() {
    var found = storage();
    if (found.error) return { status: "blocked", error: describe(found.error) };
    var text;
    try {
      text = found.area.getItem(KEY);
    } catch (error) {
      return { status: "blocked", error: describe(error) };
    }
    if (text === null) return { status: "none" };
    return parseRecord(text);
  }

  // Before the first write over a record this version cannot read, copy the
  // old text aside (once), so a person's earlier diary is never destroyed.
  function keepUnreadableAside(area) {
    var current = area.getItem(KEY);
    if (current === null || parseRecord(current).status === "ok") return;
    if (area.getItem(ASIDE_KEY) === null) area.setItem(ASIDE_KEY, current);
  }

  function failure(error) {
    if (isQuotaError(error)) return { ok: false, status: "full", error: describe(error) };
    if (error && error.name === "SecurityError") return { ok: false, status: "blocked", error: describe(error) };
    return { ok: false, status: "error", error: describe(error) };
  }

  function save(diary, meta) {
    var found = storage();
    if (found.error) return { ok: false, status: "blocked", error: describe(found.error) };
    var record = { schema: SCHEMA, saved_at: new Date().toISOString(), diary: diary };
    META.forEach(function (key) {
      if (meta && meta[key] !== undefined) record[key] = meta[key];
    });
    try {
      keepUnreadableAside(found.area);
      found.area.setItem(KEY, JSON.stringify(record));
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }

  function remove() {
    var found = storage();
    if (found.error) return { ok: false, status: "blocked", error: describe(found.error) };
    try {
      found.area.removeItem(KEY);
      found.area.removeItem(ASIDE_KEY);
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }

  function watch(callback) {
    // Fired only in the other tabs of this site, never in the tab that wrote.
    window.addEventListener("storage", function (event) {
      if (event.key === KEY || event.key === null) callback(load());
    });
  }

  window.oihDiaryStore = { load: load, save: save, remove: remove, watch: watch, KEY: KEY, SCHEMA: SCHEMA };
})();

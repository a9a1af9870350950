// The choice of the bot's language: its two buttons, each language named in itself.
import { cb } from "./callbacks.ts";
import type { Keyboard } from "./types.ts";

export function languageKeyboard(): Keyboard {
  return [
    [
      { text: "Русский", data: cb.lang("ru") },
      { text: "Қазақша", data: cb.lang("kk") },
    ],
  ];
}

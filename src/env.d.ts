/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    locale: import('./config/schema.ts').LocaleConfig;
    t: import('./i18n/create-i18n.ts').Translate;
  }
}

import type { APIRoute, GetStaticPaths } from 'astro';
import { siteConfig } from '../../../config/site.ts';
import { characterPairs } from '../../../i18n/convert-script.ts';
import { queryConversion } from '../../../i18n/derived-locales.ts';
import { otherScriptModule } from '../../../site/other-script-search.ts';

// For each search page a conversion involves (src/site/other-script-search.ts).
export const getStaticPaths = (() =>
  siteConfig.locales.flatMap((locale) => {
    const conversion = queryConversion(siteConfig, locale);
    // The module depends only on the conversion (and the code and lockfile, which Astro's incremental build tracks).
    return conversion ? [{ params: { locale: locale.path }, props: conversion, cacheKey: JSON.stringify(conversion) }] : [];
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { convert, back } = props as NonNullable<ReturnType<typeof queryConversion>>;
  return new Response(otherScriptModule(characterPairs(convert, back)), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};

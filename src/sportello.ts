/// <reference types="vite/client" />
/**
 * Registers every Sportello element: the entry of dist/cdn/sportello.js.
 * Each src/define/<tag>.ts is picked up by file name, so a new element needs no edit here.
 */
import.meta.glob('./define/*.ts', { eager: true });

export * from './translations.js';

/**
 * Exports of a board, drawn by the app itself (no screenshots): a PNG of the board, and the PDF a
 * student hands in or a teacher downloads.
 */
export { drawBoard, exportPng, loadBoardImages, loadImageFrom, type ImageLoader } from './export-canvas.ts';
export { exportPdf, type PdfOptions } from './export-pdf.ts';

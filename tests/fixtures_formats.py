"""Build PDF, HTML and Word renderings of a plain-text report during a test run.

A report's text is split into blocks: the first line is the title, short lines without
a final full stop are headlines, lines starting with "- " are bullet items, the rest
are paragraphs. Each builder lays those blocks out the way its format usually does.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from pathlib import Path

HEADER = "UNODC Country Office Newsletter"
Block = tuple[str, str]  # (kind, text) with kind one of title, headline, bullet, paragraph


def blocks(text: str) -> Iterator[Block]:
    """The report's title, headlines, bullet items and paragraphs, in order."""
    titled = False
    for line in (raw.strip() for raw in text.replace("\u00a0", " ").split("\n")):
        if not line:
            continue
        if not titled:
            titled = True
            yield "title", line
        elif line.startswith("- "):
            yield "bullet", line
        elif len(line) < 150 and not line.endswith((".", ":", ";", "”", '"')):
            yield "headline", line
        else:
            yield "paragraph", line


def write_pdf(path: Path, text: str, *, columns: int = 2, header: str = HEADER) -> Path:
    """Lay the report out in ``columns`` columns with a running header and page numbers."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    styles = getSampleStyleSheet()
    style = {
        "title": styles["Title"],
        "headline": styles["Heading3"],
        "bullet": styles["BodyText"],
        "paragraph": styles["BodyText"],
    }
    width, height = A4
    gap, margin = 0.8 * cm, 2 * cm
    col_width = (width - 2 * margin - (columns - 1) * gap) / columns
    frames = [
        Frame(margin + i * (col_width + gap), margin, col_width, height - 2 * margin, id=f"c{i}")
        for i in range(columns)
    ]

    def decorate(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, height - 1.2 * cm, header)
        canvas.drawCentredString(width / 2, 1.2 * cm, str(doc.page))

    template = BaseDocTemplate(str(path), pagesize=A4, title="")
    template.addPageTemplates([PageTemplate(frames=frames, onPage=decorate)])
    template.build([Paragraph(html.escape(t), style[kind]) for kind, t in blocks(text)])
    return path


def write_pdf_lines(path: Path, pages: list[list[str]], *, header: str | None = None) -> Path:
    """Draw each page's lines as given (one column, optional header and page number)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path), pagesize=A4)
    width, height = A4
    for number, lines in enumerate(pages, start=1):
        canvas.setFont("Helvetica", 8)
        if header:
            canvas.drawString(72, height - 40, header)
        canvas.drawCentredString(width / 2, 30, f"Page {number}")
        canvas.setFont("Helvetica", 11)
        y = height - 90
        for line in lines:
            if line:
                canvas.drawString(72, y, line)
            y -= 14
        canvas.showPage()
    canvas.save()
    return path


SITE_TOP = """<header class="site-header"><a href="/">UNODC</a>
<nav class="main-menu"><ul><li><a href="/home">Home</a></li>
<li><a href="/about">About us</a></li><li><a href="/news">News and events</a></li>
<li><a href="/programmes">Our programmes</a></li>
<li><a href="/partners">Donors and partners</a></li>
<li><a href="/contact">Contact</a></li></ul></nav>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/news">News</a></div></header>"""

SITE_BOTTOM = """<div class="article-info">Read 123 times</div>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a>
<a href="#">Share by email</a> <a href="#">Print this page</a></div>
<aside class="related"><h3>Related news</h3><ul>
<li><a href="/n/1">UNODC supports border liaison offices in the region</a></li>
<li><a href="/n/2">World Drug Report launched in Vienna</a></li>
<li><a href="/n/3">Workshop on precursor control held in Kabul</a></li></ul></aside>
<footer class="site-footer"><ul><li><a href="/terms">Terms of use</a></li>
<li><a href="/privacy">Privacy policy</a></li><li><a href="/sitemap">Sitemap</a></li></ul>
<p>Copyright 2021 United Nations Office on Drugs and Crime. All rights reserved.</p>
<p>Follow us on Facebook, Twitter and YouTube. Subscribe to our newsletter.</p></footer>"""


def write_html(
    path: Path,
    text: str,
    *,
    url: str = "https://www.unodc.org/islamicrepublicofiran/en/news/report.html",
    date: str = "2021-03-15",
) -> Path:
    """Save the report as a news page wrapped in menus, share buttons and a footer."""
    body, items = [], []
    title = ""
    for kind, line in blocks(text):
        if kind != "bullet" and items:
            body.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if kind == "title":
            title = line
            body.append(f"<h1>{html.escape(line)}</h1>")
        elif kind == "bullet":
            items.append(f"<li>{html.escape(line[2:])}</li>")
        else:
            tag = "h2" if kind == "headline" else "p"
            body.append(f"<{tag}>{html.escape(line)}</{tag}>")
    if items:
        body.append("<ul>" + "".join(items) + "</ul>")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | UNODC</title>
<link rel="canonical" href="{url}">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{html.escape(title)}">
<meta property="article:published_time" content="{date}T09:00:00+00:00">
</head><body>{SITE_TOP}
<main><article class="news-item">{"".join(body)}</article>{SITE_BOTTOM}</main>
</body></html>
"""
    path.write_text(page, encoding="utf-8")
    return path


def write_docx(path: Path, text: str, *, table: list[list[str]] | None = None) -> Path:
    """Write the report as a Word file (bullets as list paragraphs, an optional table)."""
    import docx

    document = docx.Document()
    for kind, line in blocks(text):
        if kind == "title":
            document.add_heading(line, level=1)
        elif kind == "headline":
            document.add_heading(line, level=2)
        elif kind == "bullet":
            document.add_paragraph(line[2:], style="List Bullet")
        else:
            document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.save(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A PDF whose page is only a picture, as a scanner makes it: no text layer."""
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    picture = Image.new("L", (400, 200), 255)
    ImageDraw.Draw(picture).rectangle((20, 20, 380, 60), fill=0)
    canvas = Canvas(str(path))
    canvas.drawImage(ImageReader(picture), 72, 500, width=400, height=200)
    canvas.showPage()
    canvas.save()
    return path


def write_encrypted_pdf(path: Path, text: str, password: str = "secret") -> Path:
    """A one-page PDF that opens only with ``password``, or, with "", opens for anyone but
    forbids copying (its owner password differs)."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen.canvas import Canvas

    lock = StandardEncryption(password, ownerPassword="owner", canCopy=0, canPrint=0)
    canvas = Canvas(str(path), encrypt=lock)
    canvas.drawString(72, 700, text)
    canvas.showPage()
    canvas.save()
    return path


def write_pdf_form(path: Path, lines: list[str]) -> Path:
    """A one-page PDF whose text sits inside a form XObject, as some PDF printers make it."""
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(path))
    canvas.beginForm("page")
    for number, line in enumerate(lines):
        canvas.drawString(72, 700 - 14 * number, line)
    canvas.endForm()
    canvas.doForm("page")
    canvas.showPage()
    canvas.save()
    return path


def write_pdf_interleaved(path: Path, text: str, *, header: str = HEADER) -> Path:
    """Two columns drawn row by row across both (left line, right line, ...), as some
    producers write them, so the file's drawing order is not the reading order."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    width, height = A4
    lines: list[str] = []
    for _, block in blocks(text):
        lines += [*simpleSplit(block, "Helvetica", 10, 230), ""]
    rows = 48
    canvas = Canvas(str(path), pagesize=A4)
    for number, start in enumerate(range(0, len(lines), 2 * rows), start=1):
        left, right = lines[start : start + rows], lines[start + rows : start + 2 * rows]
        canvas.setFont("Helvetica", 8)
        canvas.drawString(56, height - 34, header)
        canvas.drawCentredString(width / 2, 34, str(number))
        canvas.setFont("Helvetica", 10)
        for row in range(rows):
            y = height - 80 - 14 * row
            for x, column in ((56, left), (310, right)):
                if row < len(column) and column[row]:
                    canvas.drawString(x, y, column[row])
        canvas.showPage()
    canvas.save()
    return path

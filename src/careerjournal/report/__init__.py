"""The appraisal summary as documents: Markdown, standalone HTML, SVG charts and (with Qt) PDF.

`markdown`, `html` and `svg` are plain Python, so the CLI writes Markdown and HTML without loading
Qt; `pdf` lays the same content out with Qt for printing, print preview and PDF files.
"""

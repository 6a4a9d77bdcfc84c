"""The comparison engine: plain Python, never imports Qt.

- ``loading``: documents from files, pasted text and downloads;
- ``text``: sentences, words and word differences;
- ``align``: which sentences correspond; ``quotes``: quotations, their speakers and fates;
- ``run``: the pipeline (``run.compare``), its child process, cancelling;
- ``results``: quotation findings and summary figures; ``report``: HTML and text reports;
- ``files``: the saved comparison file; ``structures``: shared data structures;
- ``appearance``: what documents are called, the colours of what was found;
- ``model``, ``settings``: the data and every threshold.
"""

"""decode_document: the file type comes from the content, text in every usual encoding."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from reports.extraction import DecodeError, decode_document

ROOT = Path(__file__).resolve().parents[3]
DOCUMENTS = ROOT / "fixtures" / "documents"
SEED = (ROOT / "fixtures" / "reports" / "002_0ca269bc21c17480.txt").read_text(encoding="utf-8")
# A seed report without the one character GBK lacks, so plain GBK can carry it.
SEED_GBK_SAFE = SEED.replace("¥", "")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def error_of(data: bytes) -> DecodeError:
    with pytest.raises(DecodeError) as info:
        decode_document(data)
    return info.value


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose text layer holds `lines` (Identity-H font with a ToUnicode map).

    No font is embedded: text extraction only needs the character codes and the map.
    """
    chars = sorted({c for line in lines for c in line})
    body = ["BT", "/F1 12 Tf", "16 TL", "40 800 Td"]
    for line in lines:
        body.append("<" + "".join(f"{ord(c):04X}" for c in line) + "> Tj T*")
    body.append("ET")
    content = "\n".join(body).encode("ascii")
    bfchar = "\n".join(f"<{ord(c):04X}> <{ord(c):04X}>" for c in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{bfchar}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] /ToUnicode 7 0 R >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /DW 1000 "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 8 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 "
        b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 "
        b"/CapHeight 700 /StemV 80 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def make_docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- plain text in every usual encoding --------------------------------------------------

@pytest.mark.parametrize(
    ("encode", "encoding"),
    [
        (lambda t: t.encode("utf-8"), "utf-8"),
        (lambda t: t.encode("utf-8-sig"), "utf-8-sig"),
        (lambda t: t.encode("utf-16"), "utf-16"),
        (lambda t: t.encode("utf-16-le").join([b"\xff\xfe", b""]), "utf-16"),
        (lambda t: b"\xfe\xff" + t.encode("utf-16-be"), "utf-16"),
        (lambda t: t.encode("utf-32"), "utf-32"),
        (lambda t: t.encode("gbk"), "gb18030"),
        (lambda t: t.encode("gb18030"), "gb18030"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-le-bom", "utf16-be-bom", "utf32", "gbk", "gb18030"],
)
def test_it_decodes_the_report_in_each_encoding(encode, encoding):
    decoded = decode_document(encode(SEED_GBK_SAFE))
    assert decoded.text == SEED_GBK_SAFE
    assert decoded.encoding == encoding
    assert decoded.format == "txt"


def test_it_keeps_characters_only_gb18030_has():
    decoded = decode_document(SEED.encode("gb18030"))
    assert decoded.text == SEED
    assert decoded.encoding == "gb18030"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_it_normalises_newlines(newline):
    text = "崇礼镇法治政府建设工作报告\n一、主要工作\n二、存在问题\n"
    assert decode_document(text.replace("\n", newline).encode("utf-8")).text == text
    assert decode_document(text.replace("\n", newline).encode("utf-16")).text == text
    assert decode_document(text.replace("\n", newline).encode("gbk")).text == text


def test_it_reads_text_saved_from_a_web_page():
    page = ("<!DOCTYPE html><html><head><title>x</title><style>p{}</style></head><body>"
            "<h1>青山镇2023年法治政府建设年度报告</h1><p>一、主要工作</p><p>化解纠纷&nbsp;48件。</p>"
            "<script>var a = 1;</script></body></html>")
    text = decode_document(page.encode("utf-8")).text
    assert text.split("\n") == ["青山镇2023年法治政府建设年度报告", "一、主要工作", "化解纠纷 48件。"]


# --- files that are not text ------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n ", "\n \n".encode("utf-16"), b"\xef\xbb\xbf\n"])
def test_an_empty_file_is_empty(data):
    error = error_of(data)
    assert error.code == "empty"
    assert str(error) == "the file is empty"


@pytest.mark.parametrize(
    "data",
    [b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)), b"MZ\x90\x00\x03\x00\x00\x00",
     "报告".encode() + b"\x00\x00\x01\x02", bytes(range(32)) * 4],
    ids=["elf", "exe", "nul-bytes", "control-bytes"],
)
def test_binary_data_is_refused(data):
    assert error_of(data).code == "binary"


@pytest.mark.parametrize(
    ("data", "word"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(40), "PNG"),
        (b"\xff\xd8\xff\xe0" + bytes(40), "JPEG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(40), ".doc"),
        (b"{\\rtf1\\ansi hello}", "RTF"),
    ],
)
def test_other_formats_are_unsupported_and_named(data, word):
    error = error_of(data)
    assert error.code == "unsupported"
    assert word in str(error)


def test_a_spreadsheet_is_unsupported_even_though_it_is_a_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    error = error_of(buffer.getvalue())
    assert error.code == "unsupported"
    assert "spreadsheet" in str(error)


def test_undecodable_bytes_name_the_offset():
    data = "崇礼镇".encode() + b"\xff\xff\xff\xff" + "报告".encode()
    error = error_of(data)
    assert error.code == "undecodable"
    assert "offset 9" in str(error)
    assert "\n" not in str(error)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\xef\xbb\xbfabc\xff",
         "cannot decode as UTF-8 (the file says so at its start): invalid byte at offset 6"),
        (b"\xff\xfe" + "报告".encode("utf-16-le") + b"\x00\xd8", "UTF-16"),
    ],
)
def test_a_bom_commits_to_its_encoding(data, reason):
    error = error_of(data)
    assert error.code == "undecodable"
    assert reason in str(error)


def test_latin1_text_is_not_mistaken_for_gb18030():
    error = error_of(("Rapport annuel préparé à Genève, été 2023. " * 5).encode("latin-1"))
    assert error.code == "undecodable"


def test_decode_error_is_a_value_error_with_a_one_line_reason():
    error = error_of(b"")
    assert isinstance(error, ValueError)
    assert error.reason == str(error)


# --- Word documents ---------------------------------------------------------------------

def test_it_reads_paragraphs_and_tables_of_a_docx_in_order():
    def build(document):
        document.add_paragraph("青山镇2023年法治政府建设工作报告")
        document.add_paragraph("一、主要工作")
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).text = "项目"
        table.cell(0, 1).text = "数量"
        table.cell(0, 2).text = "单位"
        table.cell(1, 0).text = "化解矛盾纠纷"
        table.cell(1, 1).merge(table.cell(1, 2)).text = "48件"
        document.add_paragraph("二、存在问题")

    decoded = decode_document(make_docx(build))
    assert decoded.format == "docx"
    assert decoded.text.split("\n") == [
        "青山镇2023年法治政府建设工作报告", "一、主要工作", "项目\t数量\t单位", "化解矛盾纠纷\t48件",
        "二、存在问题",
    ]


def test_words_automatic_numbering_is_written_into_the_text():
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    def build(document):
        numbering = document.part.numbering_part.element
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90">'
            '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="%1、"/></w:lvl>'
            '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
            '<w:lvlText w:val="（%2）"/></w:lvl>'
            '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
            '<w:lvlText w:val="%3."/></w:lvl></w:abstractNum>')
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90">'
                                   '<w:abstractNumId w:val="90"/></w:num>'))
        document.add_paragraph("青山镇2023年法治政府建设工作报告")
        for text, level in [("主要工作", 0), ("加强领导", 1), ("细项", 2), ("细项", 2), ("完善制度", 1),
                            ("存在问题", 0), ("2024年工作思路", 0), ("继续努力", 1)]:
            paragraph = document.add_paragraph(text)
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
        document.add_paragraph("按样式编号", style="List Number")

    lines = decode_document(make_docx(build)).text.split("\n")
    assert lines[:9] == ["青山镇2023年法治政府建设工作报告", "一、主要工作", "（一）加强领导", "1.细项",
                         "2.细项",
                         "（二）完善制度", "二、存在问题", "三、2024年工作思路", "（一）继续努力"]
    assert lines[9].endswith("按样式编号") and lines[9][0].isdigit()  # numbering from the style


def test_a_docx_without_text_is_empty():
    assert error_of(make_docx(lambda document: None)).code == "empty"


def test_a_truncated_docx_is_corrupt():
    data = make_docx(lambda document: document.add_paragraph("青山镇" * 500))
    error = error_of(data[: len(data) // 2])
    assert error.code == "corrupt"
    assert "Word" in str(error)


def test_a_docx_with_a_broken_document_part_is_corrupt():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document")
    assert error_of(buffer.getvalue()).code == "corrupt"


# --- PDF --------------------------------------------------------------------------------

def test_it_reads_the_text_layer_of_a_pdf():
    lines = ["青山镇2023年法治政府建设工作报告", "一、主要工作", "共化解矛盾纠纷48件，调解成功率100%。"]
    decoded = decode_document(make_pdf(lines))
    assert decoded.format == "pdf"
    assert [squeeze(line) for line in decoded.text.split("\n") if line.strip()] == lines


def test_a_pdf_without_text_is_a_scanned_pdf():
    error = error_of(make_pdf([]))
    assert error.code == "scanned_pdf"
    assert str(error) == "the PDF has no text layer (scanned image?)"


def test_a_damaged_pdf_is_corrupt():
    data = make_pdf(["青山镇法治政府建设工作报告"])
    assert error_of(data[:200]).code == "corrupt"


def test_a_password_protected_pdf_says_so():
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(make_pdf(["青山镇法治政府建设工作报告"])))
    writer = pypdf.PdfWriter()
    writer.append(reader)
    writer.encrypt(user_password="secret", owner_password="owner")
    buffer = io.BytesIO()
    writer.write(buffer)
    assert error_of(buffer.getvalue()).code == "encrypted"


def test_pdf_lines_wrapped_mid_sentence_are_joined_and_page_numbers_dropped():
    sentence = "今年以来共调处各类矛盾纠纷共48起成功化解47起化解率为百分之九十八未发生民转刑案件。"
    lines = ["一、主要工作", sentence[:20], sentence[20:40], "- 2 -", sentence[40:], "二、存在问题",
             "（一）问题一。", "第 3 页", "（二）问题二。", sentence[:20], sentence[20:]]
    text = decode_document(make_pdf(lines)).text
    assert [squeeze(line) for line in text.split("\n") if line.strip()] == [
        "一、主要工作", sentence, "二、存在问题", "（一）问题一。", "（二）问题二。", sentence]


def test_a_semicolon_at_the_end_of_a_full_pdf_line_ends_a_clause_not_the_paragraph():
    # (the layout broke the line right after a semicolon; the paragraph goes on, unless the next
    # line opens a numbered item)
    first = "全年乡政府作为被申请人的行政复议案件1件，经县政府复议维持；"
    second = "作为被告的行政诉讼案件2件，其中1件一审胜诉，1件原告撤诉。"
    item = "二是严格规范执法，全年开展执法检查四十余次，出动执法人员一百余人次；"
    lines = ["一、主要工作", first, second, item, "三是深化普法宣传，开展普法宣传活动三十场次，发放资料。",
             "（二）其他。", "全乡共有行政村18个，社区1个，人民调解委员会19个。", "二、存在问题"]
    paragraphs = [squeeze(line) for line in decode_document(make_pdf(lines)).text.split("\n") if line.strip()]
    assert paragraphs[1] == first + second
    assert paragraphs[2] == item


def test_a_figure_a_pdf_line_break_cut_in_two_is_joined_without_a_space():
    lines = ["一、主要工作", "依托社区法治大讲堂开展普法宣传活动四十三场次，发放资料一万三千余份。",
             "实施“法律明白人”培养工程，每个社区不少于八名，全街道共有“法律明白人”13", "7名。",
             "二、存在问题", "（一）问题一。", "（二）问题二。"]
    text = decode_document(make_pdf(lines)).text
    assert "“法律明白人”137名。" in text


# --- the committed fixtures (also used by the upload tests) ------------------------------

@pytest.mark.parametrize(
    ("name", "encoding", "form"),
    [("002_gbk.txt", "gb18030", "txt"), ("002_utf16.txt", "utf-16", "txt"),
     ("002_utf8_bom.txt", "utf-8-sig", "txt"), ("002.docx", "docx", "docx"), ("002.pdf", "pdf", "pdf")],
)
def test_each_readable_fixture_gives_the_sample_report(name, encoding, form):
    decoded = decode_document((DOCUMENTS / name).read_bytes())
    assert (decoded.encoding, decoded.format) == (encoding, form)
    if form == "pdf":
        assert squeeze(decoded.text) == squeeze(SEED)
    else:
        assert decoded.text == SEED


@pytest.mark.parametrize(
    ("name", "code"),
    [("empty.txt", "empty"), ("binary.bin", "binary"), ("scanned.pdf", "scanned_pdf"),
     ("truncated.docx", "corrupt")],
)
def test_each_broken_fixture_gives_its_code(name, code):
    assert error_of((DOCUMENTS / name).read_bytes()).code == code

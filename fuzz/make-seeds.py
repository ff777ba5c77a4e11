#!/usr/bin/env python3
"""Writes the seed corpora in fuzz/corpus/ from the inputs the unit tests use
(tst_csvreader, tst_orderimport, tst_xlsxreader, tst_replies and the shipped
resources/replies/builtin.json). Run it again after changing a harness's input format
(fuzz/fuzzharness.h); docs/fuzzing.md."""

import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write(target, name, data):
    folder = os.path.join(HERE, "corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


# --- CSV: one mode byte (fuzzharness.h readCsv), then the file -------------------------
csv_cases = {
    "comma_in_quotes": b'first,last,address,city,zip\nJohn,Doe,120 any st.,"Anytown, WW",08123\n',
    "empty": b'a,b,c\n1,"",""\n2,3,4\n',
    "escaped_quotes": b'a,b\n1,"ha ""ha"" ha"\n3,4\n',
    "json": b'key,val\n1,"{""type"": ""Point"", ""coordinates"": [102.0, 0.5]}"\n',
    "newlines": b'a,b,c\n1,2,3\n"Once upon \na time",5,6\n7,8,9\n',
    "quotes_and_newlines": b'a,b\n1,"ha \n""ha"" \nha"\n3,4\n',
    "utf8": b"a,b,c\n1,2,3\n4,5,\xca\xa4\n",
    "no_trailing_newline": b"a,b\n1,2",
    "empty_last_field": b"a,b\n1,\n",
    "cr_only": b"a,b\r1,2\r3,4\r",
    "semicolon": b"a;b;c\n1,5;2;3\n",
    "tab": b"a\tb\tc\n1,5\t2;x\t3\n",
    "quoted_delimiters": b'"a,b,c";d\n1;2\n',
    "unclosed_quote": b'a,b\n1,2\n3,"never\nclosed\n',
    "text_after_quote": b'a,b\n1,"x"y\n',
    "utf16_odd": b"\xff\xfeA",
    "orders_bad_date": b"order_id,order_status,created_utc,order_total,quantity,child_id\n"
                       b"9001,FINISH,2026-03-01T10:00:00Z,10.00,1,1\n"
                       b"9002,FINISH,2026-02-30 10:00,10.00,1,1\n",
}
text = "订单号,买家名称,订单金额\n3038417700001234,Иван Петров,\"US $12,34\"\n"
csv_cases["enc_utf8"] = text.encode("utf-8")
csv_cases["enc_utf8_bom"] = b"\xef\xbb\xbf" + text.encode("utf-8")
csv_cases["enc_utf16le_bom"] = b"\xff\xfe" + text.encode("utf-16-le")
csv_cases["enc_utf16be_bom"] = b"\xfe\xff" + text.encode("utf-16-be")
csv_cases["enc_gb18030"] = text.encode("gb18030")
for name, data in csv_cases.items():
    write("fuzz_csv", name, b"\x80" + data)  # all at once
    write("fuzz_csv", name + "_crlf", b"\x80" + data.replace(b"\n", b"\r\n"))
for name in ("newlines", "quotes_and_newlines", "enc_utf8_bom", "enc_utf16le_bom", "enc_gb18030", "cr_only"):
    write("fuzz_csv", name + "_short1", b"\x00" + csv_cases[name])  # 1-byte reads
    write("fuzz_csv", name + "_short5", b"\x04" + csv_cases[name].replace(b"\n", b"\r\n"))  # 5-byte reads
write("fuzz_csv", "small_limits", b"\xc0" + b"a,b,c,d,e,f,g,h,i\n" + b'"' + b"x" * 50 + b'"\n')


# --- XLSX: zip files with the parts tst_xlsxreader's workbook() writes ---------------
def workbook(date1904=False):
    e = {}
    e["[Content_Types].xml"] = b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'
    e["xl/workbook.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        + (b'<workbookPr date1904="1"/>' if date1904 else b"<workbookPr/>")
        + '<sheets><sheet name="Summary" sheetId="1" r:id="rId1"/>'
          '<sheet name="订单" sheetId="2" r:id="rId2"/></sheets></workbook>'.encode())
    e["xl/_rels/workbook.xml.rels"] = (
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/>'
        b'<Relationship Id="rId2" Type="worksheet" Target="worksheets/orders.xml"/>'
        b'<Relationship Id="rId3" Type="sharedStrings" Target="sharedStrings.xml"/>'
        b"</Relationships>")
    e["xl/sharedStrings.xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>订单号</t></si>"
        '<si><r><t>Buyer</t></r><r><rPr><b/></rPr><t xml:space="preserve"> name</t></r></si>'
        "<si><t>Иван Петров</t><rPh><t>ignored</t></rPh></si>"
        "<si><t>总计</t></si></sst>").encode()
    e["xl/styles.xml"] = (
        b'<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy/mm/dd hh:mm"/>'
        b'<numFmt numFmtId="165" formatCode="&quot;US $&quot;#,##0.00"/></numFmts>'
        b'<cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/></cellXfs>'
        b"</styleSheet>")
    e["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="s"><v>3</v></c><c r="B1"><v>42</v></c></row>'
        b"</sheetData></worksheet>")
    e["xl/worksheets/orders.xml"] = (
        b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        b'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
        b'<c r="C1" t="inlineStr"><is><t>Paid at</t></is></c><c r="D1" t="inlineStr"><is><t>Amount</t></is></c>'
        b'<c r="E1" t="inlineStr"><is><t>Day</t></is></c></row>'
        b'<row r="3"><c r="A3" t="str"><v>3038417700001234</v></c><c r="B3" t="s"><v>2</v></c>'
        b'<c r="C3" s="2"><v>46329.599317129629</v></c><c r="D3" s="3"><v>12.340000000000001</v></c>'
        b'<c r="E3" s="1"><v>45658</v></c></row>'
        b'<row r="4"><c r="A4"><v>3.0384177000012E+15</v></c><c r="C4" t="b"><v>1</v></c><c r="E4"><v>0.1</v></c></row>'
        b"</sheetData></worksheet>")
    return e


def zipped(entries, method):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as z:
        for name, data in sorted(entries.items()):
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 21, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, data)
    return out.getvalue()


# Stored entries let libFuzzer mutate the XML itself (the CRC then fails at the end of
# the part, after the XML was parsed); deflated ones are what Excel writes.
write("fuzz_xlsx", "workbook_stored.xlsx", zipped(workbook(), zipfile.ZIP_STORED))
write("fuzz_xlsx", "workbook_deflated.xlsx", zipped(workbook(), zipfile.ZIP_DEFLATED))
write("fuzz_xlsx", "date1904_stored.xlsx", zipped(workbook(True), zipfile.ZIP_STORED))
parts = workbook()
parts["XL/Worksheets/Sheet1.xml"] = parts.pop("xl/worksheets/sheet1.xml")
write("fuzz_xlsx", "part_case_stored.xlsx", zipped(parts, zipfile.ZIP_STORED))
parts = workbook()
parts["xl/worksheets/orders.xml"] = b'<worksheet><sheetData><row r="7"><c r="C7" t="s"><v>99</v></c></row></sheetData></worksheet>'
write("fuzz_xlsx", "bad_shared_string_stored.xlsx", zipped(parts, zipfile.ZIP_STORED))
minimal = {
    "xl/workbook.xml": b'<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
    "xl/worksheets/sheet1.xml": b'<worksheet><sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row></sheetData></worksheet>',
}
write("fuzz_xlsx", "minimal_stored.xlsx", zipped(minimal, zipfile.ZIP_STORED))
write("fuzz_xlsx", "not_a_zip.xlsx", b"order id,buyer\n1,2\n")


# --- Template render: body, then NUL-separated values (fuzzharness.h renderTemplate) --
values = ["Ana Souza", "8123456789", "Glass vase", "2", "US$ 25,00", "SORRY5", "US$ 5,00",
          "LP0012345", "Harbor Home", "Mei"]
bodies = {
    "every": "Dear {buyer_name}, order {order_id}: {quantity} x {product}, {refund_amount}, "
             "code {coupon_code} worth {coupon_value}, tracking {tracking_number}. {store_name}, {agent_name}",
    "unknown": "Dear {buyer_name},\nyour {parcel_colour} box",
    "escapes": "Use {{code}} as {coupon_code}}}",
    "unclosed": "Hello {buyer_name",
    "stray_close": "smile :}",
    "spaced": "{ buyer_name }",
    "arabic": "عزيزي {buyer_name}، نعتذر عن تلف {product}.",
    "korean": "{buyer_name} 고객님,\n주문 {order_id}의 {product} 파손에 사과드립니다. {쿠폰}",
    "leftovers": "Dear Ana,\ncode {coupon_code} and {my_note} {VIP}",
}
for name, body in bodies.items():
    write("fuzz_template_render", name, "\0".join([body] + values).encode())
write("fuzz_template_render", "no_values", bodies["every"].encode())
write("fuzz_template_render", "locale_pt_BR", "\0".join(["Olá {buyer_name}", "pt", "BR"]).encode())
write("fuzz_template_render", "value_with_braces", "\0".join(["{buyer_name} {order_id}", "{order_id}", "{{x}}"]).encode())
with open(os.path.join(ROOT, "resources", "replies", "builtin.json"), encoding="utf-8") as f:
    shipped = json.load(f)
for t in shipped["templates"][:3]:
    for lang in ("en", "zh_CN", "ar"):
        if lang in t["texts"]:
            write("fuzz_template_render", "builtin_%s_%s" % (t["key"], lang),
                  "\0".join([t["texts"][lang]] + values).encode())


# --- Template import: the JSON file (tst_replies) ------------------------------------
def library(templates):
    return b'{"format": "sellerdesk-reply-templates", "version": 1, "templates": ' + templates + b"}"


good = b'{"key": "ok_one", "title": {"en": "OK"}, "texts": {"en": "Hi {buyer_name}"}}'
imports = {
    "good": library(b"[" + good + b"]"),
    "round_trip": json.dumps({"format": "sellerdesk-reply-templates", "version": 1, "templates": [
        {"key": "vip_apology", "title": {"en": "VIP apology", "zh_CN": "VIP 致歉"},
         "description": {"en": "For repeat buyers", "zh_CN": "老客户"},
         "placeholders": ["buyer_name"], "version": 2,
         "texts": {"en": "Dear {buyer_name}, {{sorry}}!", "ar": "عزيزي {buyer_name}", "pt_BR": "Olá {buyer_name}"}},
        {"key": "request_photos", "title": {"en": "Photos"}, "texts": {"en": "Photos please, {buyer_name}."}}]},
        ensure_ascii=False, indent=2).encode(),
    "syntax": b'{\n  "format": "sellerdesk-reply-templates",\n  "version": 1,,\n}',
    "not_ours": b'{"format": "something-else", "version": 1, "templates": []}',
    "version2": b'{"format": "sellerdesk-reply-templates", "version": 2, "templates": []}',
    "empty": library(b"[]"),
    "bad_key": library(b"[" + good + b', {"key": "Bad-Key", "title": {"en": "x"}, "texts": {"en": "x"}}]'),
    "duplicate": library(b"[" + good + b", " + good + b"]"),
    "no_title": library(b'[{"key": "a", "texts": {"en": "x"}}]'),
    "no_texts": library(b'[{"key": "a", "title": {"en": "x"}, "texts": {}}]'),
    "bad_language": library(b'[{"key": "a", "title": {"en": "x"}, "texts": {"english": "x"}}]'),
    "unknown_placeholder": library(b"[" + good + b', {"key": "b", "title": {"en": "x"}, "texts": {"es": "Hola\\n{nombre}"}}]'),
    "stray_brace": library(b'[{"key": "a", "title": {"en": "x"}, "texts": {"en": "Hi {buyer_name"}}]'),
    "text_not_string": library(b'[{"key": "a", "title": {"en": "x"}, "texts": {"en": 5}}]'),
}
one = dict(shipped, templates=[dict(shipped["templates"][0], texts={
    lang: text for lang, text in shipped["templates"][0]["texts"].items() if lang in ("en", "zh_CN", "es")})])
imports["builtin_first"] = json.dumps(one, ensure_ascii=False).encode()
for name, data in imports.items():
    write("fuzz_template_import", name, data)

total = 0
for dirpath, _, files in os.walk(os.path.join(HERE, "corpus")):
    total += sum(os.path.getsize(os.path.join(dirpath, f)) for f in files)
print("corpus: %d bytes" % total)

#!/usr/bin/python3
"""Writes tests/data/roster-openpyxl.xlsx: the rows of tests/data/roster.csv as another program
(openpyxl, Debian's python3-openpyxl) stores them - dates as real Excel dates, an employee number
as a number, ID numbers as text, a second sheet before the roster. Kept in the repository; run
again only to change the fixture:  /usr/bin/python3 tests/data/make-openpyxl-fixture.py"""
import csv
import datetime
import pathlib

import openpyxl

here = pathlib.Path(__file__).parent
rows = list(csv.reader(open(here / "roster.csv", encoding="utf-8-sig")))
book = openpyxl.Workbook()
notes = book.active
notes.title = "填表说明"
notes["A1"] = "请勿修改表头"
sheet = book.create_sheet("花名册")
dates = {"出生日期", "入职日期", "离职日期", "等级取得日期"}
header = rows[0]
sheet.append(header)
for row in rows[1:]:
    cells = []
    for name, value in zip(header, row):
        if value == "":
            cells.append(None)
        elif name in dates:
            cells.append(datetime.date.fromisoformat(value))
        elif name == "工号" and value.isdigit():
            cells.append(int(value))
        else:
            cells.append(value)
    sheet.append(cells)
    for cell in sheet[sheet.max_row]:
        if header[cell.column - 1] in dates and cell.value is not None:
            cell.number_format = "yyyy/m/d"
        if header[cell.column - 1] == "身份证号":
            cell.number_format = "@"
book.save(here / "roster-openpyxl.xlsx")

#!/usr/bin/python3
"""
Drives LibreOffice Calc headless, as a person at a spreadsheet would: open a file (with the CSV
import options a German user's Calc uses), change cells, save in another format. Used by the
LibreOffice round-trip tests (tests/browser/libreoffice.test.ts); needs Debian's
libreoffice-calc-nogui and python3-uno (.ci/run installs both).

  calc.py IN OUT --open-filter NAME --open-options OPTS --save-filter NAME --save-options OPTS
          [--set ROW:COL=number:4500] [--set ROW:COL=text:Südkorea] [--dump]

ROW and COL are 1-based. --dump prints every cell of the first sheet as JSON (type, text, value)
after opening, so a test can see what Calc made of the file.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('input')
    ap.add_argument('output', nargs='?')
    ap.add_argument('--open-filter')
    ap.add_argument('--open-options', default='')
    ap.add_argument('--save-filter')
    ap.add_argument('--save-options', default='')
    ap.add_argument('--set', action='append', default=[])
    ap.add_argument('--dump', action='store_true')
    args = ap.parse_args()

    profile = tempfile.mkdtemp(prefix='msmt-lo-profile-')
    pipe = 'msmt_calc_' + uuid.uuid4().hex
    office = subprocess.Popen(
        [
            'soffice',
            '--headless',
            '--invisible',
            '--nologo',
            '--norestore',
            '--nodefault',
            '-env:UserInstallation=file://' + profile,
            '--accept=pipe,name=%s;urp;StarOffice.ComponentContext' % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            'com.sun.star.bridge.UnoUrlResolver', local
        )
        ctx = None
        for _ in range(600):
            try:
                ctx = resolver.resolve(
                    'uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe
                )
                break
            except Exception:
                if office.poll() is not None:
                    sys.exit('soffice exited before accepting a connection')
                time.sleep(0.1)
        if ctx is None:
            sys.exit('soffice did not accept a connection within 60 s')
        desktop = ctx.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', ctx)
        load = [prop('Hidden', True)]
        if args.open_filter:
            load.append(prop('FilterName', args.open_filter))
        if args.open_options:
            load.append(prop('FilterOptions', args.open_options))
        doc = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(os.path.abspath(args.input)), '_blank', 0, tuple(load)
        )
        if doc is None:
            sys.exit('Calc could not open ' + args.input)
        sheet = doc.Sheets.getByIndex(0)
        if args.dump:
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            rows = []
            for r in range(cursor.RangeAddress.EndRow + 1):
                row = []
                for c in range(cursor.RangeAddress.EndColumn + 1):
                    cell = sheet.getCellByPosition(c, r)
                    kind = cell.Type.value  # EMPTY, VALUE, TEXT, FORMULA
                    row.append({'type': kind, 'text': cell.String, 'value': cell.Value})
                rows.append(row)
            json.dump(rows, sys.stdout, ensure_ascii=False)
        for assignment in args.set:
            where, value = assignment.split('=', 1)
            row, col = (int(x) - 1 for x in where.split(':'))
            kind, text = value.split(':', 1)
            cell = sheet.getCellByPosition(col, row)
            if kind == 'number':
                cell.setValue(float(text))
            else:
                cell.setString(text)
        if args.output:
            store = [prop('FilterName', args.save_filter)]
            if args.save_options:
                store.append(prop('FilterOptions', args.save_options))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(args.output)), tuple(store))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
        subprocess.run(['rm', '-rf', profile])


if __name__ == '__main__':
    main()

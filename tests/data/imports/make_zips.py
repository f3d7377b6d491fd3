"""How the zip test files here were made (run once; the zips are committed).

LinkedIn: a data export is a zip of CSV files; Positions.csv sits at its top.
Day One: "JSON in Zip" holds <Journal>.json and photos/<md5>.<type>.
"""

import hashlib
import json
import zipfile
from pathlib import Path

HERE = Path(__file__).parent
STAMP = (2024, 1, 1, 0, 0, 0)  # fixed, so the zips are byte-identical when remade


def add(zf, name, data):
    zf.writestr(zipfile.ZipInfo(name, STAMP), data, compress_type=zipfile.ZIP_DEFLATED)


with zipfile.ZipFile(HERE / "linkedin_export.zip", "w") as zf:
    add(zf, "Profile.csv", "First Name,Last Name,Headline\nAna,Müller,VP Engineering\n")
    add(zf, "Positions.csv", (HERE / "Positions.csv").read_bytes())
    add(zf, "Connections.csv", "Notes:\nFirst Name,Last Name,Company\n")

photo = (HERE / "photo.jpeg").read_bytes()
md5 = hashlib.md5(photo).hexdigest()
journal = {
    "metadata": {"version": "1.0"},
    "entries": [
        {
            "uuid": "3F1A0C1E5B2D4E6F8A9B0C1D2E3F4A5B",
            "creationDate": "2021-09-14T07:45:12Z",
            "modifiedDate": "2021-09-14T08:01:40Z",
            "timeZone": "Europe/Berlin",
            "starred": True,
            "isPinned": False,
            "duration": 0,
            "creationDevice": "Ana’s MacBook",
            "text": "# We raised our Series B\\!\n\n"
                    "![](dayone-moment://9C2B7D4E1F0A4B3C8D6E5F4A3B2C1D0E)\n\n"
                    "The whole team \\(all 23 of us\\) celebrated in the café\\. Next:\n\n"
                    "1\\. hire fast\n2\\. don\\'t break the culture\n\\- keep the Friday demos",
            "tags": ["windfall", "Kestrel Labs"],
            "photos": [{"identifier": "9C2B7D4E1F0A4B3C8D6E5F4A3B2C1D0E", "md5": md5,
                        "type": "jpeg", "width": 1, "height": 1, "orderInEntry": 0}],
            "location": {"localityName": "Berlin", "country": "Germany"},
        },
        {
            "uuid": "7E6D5C4B3A2918F7E6D5C4B3A2918F7E",
            "creationDate": "2022-03-01T03:30:00Z",
            "modifiedDate": "2022-03-01T03:30:00Z",
            "timeZone": "America/New_York",
            "starred": False,
            "text": "Late-night thoughts on managing people\n\n"
                    "I\\'d rather grow a team than write every line myself\\.",
            "tags": ["management"],
        },
        {
            "uuid": "0A1B2C3D4E5F60718293A4B5C6D7E8F9",
            "creationDate": "2022-06-18T10:00:00Z",
            "timeZone": "Europe/Zurich",
            "starred": False,
            "text": "![](dayone-moment://1111AAAA2222BBBB3333CCCC4444DDDD)",
            "photos": [{"identifier": "1111AAAA2222BBBB3333CCCC4444DDDD", "md5": md5,
                        "type": "jpeg"}],
        },
    ],
}
with zipfile.ZipFile(HERE / "dayone_export.zip", "w") as zf:
    add(zf, "Journal.json", json.dumps(journal, indent=2, ensure_ascii=False))
    add(zf, f"photos/{md5}.jpeg", photo)

"""Hebrew vocabularies for the demo clinic: names, notes and medical flags.

Each name carries a Latin transliteration so that demo e-mail addresses look like the ones a
receptionist really types (`dana.cohen@…`) instead of percent-encoded Hebrew. The lists mix
Ashkenazi, Mizrahi, Russian-Israeli and Arab-Israeli names because real clinic rosters do.
"""

from __future__ import annotations

from typing import Final

Name = tuple[str, str]  # (Hebrew, Latin)

# fmt: off
BOYS: Final[tuple[Name, ...]] = (
    ("אורי", "ori"), ("נועם", "noam"), ("איתי", "itay"), ("יונתן", "yonatan"), ("דניאל", "daniel"),
    ("עומר", "omer"), ("אריאל", "ariel"), ("אלון", "alon"), ("רועי", "roy"), ("עידו", "ido"),
    ("נדב", "nadav"), ("אביב", "aviv"), ("יואב", "yoav"), ("איתן", "eitan"), ("גיא", "guy"),
    ("עמית", "amit"), ("תומר", "tomer"), ("ליאור", "lior"), ("שחר", "shahar"), ("אלעד", "elad"),
    ("משה", "moshe"), ("דוד", "david"), ("יוסף", "yosef"), ("מיכאל", "michael"), ("בן", "ben"),
    ("אייל", "eyal"), ("רון", "ron"), ("נתנאל", "netanel"), ("הראל", "harel"), ("אופיר", "ofir"),
    ("יאיר", "yair"), ("מתן", "matan"), ("אסף", "asaf"), ("גלעד", "gilad"), ("עמרי", "omri"),
    ("אליה", "eliya"), ("ראובן", "reuven"), ("יעקב", "yaakov"), ("חיים", "haim"), ("אהרון", "aharon"),
    ("צבי", "tzvi"), ("מוחמד", "muhammad"), ("אחמד", "ahmad"), ("יוסוף", "yusuf"), ("כרים", "karim"),
    ("איגור", "igor"), ("ארטיום", "artyom"), ("מקסים", "maxim"), ("שלמה", "shlomo"), ("אביתר", "evyatar"),
)

GIRLS: Final[tuple[Name, ...]] = (
    ("נועה", "noa"), ("מאיה", "maya"), ("תמר", "tamar"), ("יעל", "yael"), ("שירה", "shira"),
    ("אביגיל", "avigail"), ("מיכל", "michal"), ("הילה", "hila"), ("רוני", "roni"), ("אלה", "ella"),
    ("ליה", "lia"), ("שני", "shani"), ("עדי", "adi"), ("נוגה", "noga"), ("טליה", "talia"),
    ("הדס", "hadas"), ("ענבר", "inbar"), ("רותם", "rotem"), ("דנה", "dana"), ("שרה", "sara"),
    ("רחל", "rachel"), ("לאה", "lea"), ("רבקה", "rivka"), ("אסתר", "ester"), ("מרים", "miriam"),
    ("חנה", "hana"), ("אורית", "orit"), ("סיגל", "sigal"), ("קרן", "keren"), ("לימור", "limor"),
    ("מורן", "moran"), ("אפרת", "efrat"), ("גלית", "galit"), ("ליאת", "liat"), ("רינת", "rinat"),
    ("מירב", "merav"), ("אנה", "anna"), ("יסמין", "yasmin"), ("נור", "nur"), ("לילא", "layla"),
    ("אולגה", "olga"), ("יוליה", "yulia"), ("אושרת", "osherat"), ("שקד", "shaked"), ("אגם", "agam"),
    ("הלל", "hallel"), ("אלמה", "alma"), ("אמונה", "emuna"), ("זוהר", "zohar"), ("בתיה", "batya"),
)

LAST_NAMES: Final[tuple[Name, ...]] = (
    ("כהן", "cohen"), ("לוי", "levi"), ("מזרחי", "mizrahi"), ("פרץ", "peretz"), ("ביטון", "biton"),
    ("דהן", "dahan"), ("אברהם", "avraham"), ("פרידמן", "friedman"), ("אזולאי", "azulay"),
    ("מלכה", "malka"), ("אוחיון", "ohayon"), ("חדד", "hadad"), ("גבאי", "gabay"), ("יוסף", "yosef"),
    ("שפירא", "shapira"), ("קליין", "klein"), ("אשכנזי", "ashkenazi"), ("גולן", "golan"),
    ("רוזנברג", "rosenberg"), ("בן דוד", "ben-david"), ("עמר", "amar"), ("סויסה", "swisa"),
    ("טל", "tal"), ("שלום", "shalom"), ("אלון", "alon"), ("ברק", "barak"), ("נחום", "nahum"),
    ("וקנין", "vaknin"), ("אדרי", "edri"), ("בוזגלו", "buzaglo"), ("חזן", "hazan"), ("שושן", "shoshan"),
    ("כץ", "katz"), ("לנדאו", "landau"), ("רבינוביץ", "rabinovich"), ("זילברמן", "zilberman"),
    ("מנסור", "mansour"), ("חורי", "khoury"), ("עזאם", "azzam"), ("דיין", "dayan"), ("הלוי", "halevi"),
    ("פישר", "fischer"), ("ויס", "weiss"), ("שטרן", "stern"), ("נגר", "nagar"), ("צור", "tsur"),
    ("בר", "bar"), ("שמש", "shemesh"), ("אורן", "oren"), ("גל", "gal"), ("רז", "raz"),
    ("ששון", "sasson"), ("אלמוג", "almog"), ("יפה", "yaffe"), ("ברגר", "berger"), ("סלים", "salim"),
    ("קוזלוב", "kozlov"), ("איבנוב", "ivanov"), ("טביב", "tabib"), ("אבוטבול", "abutbul"),
)
# fmt: on

#: (label, severity, tags) for `students.medical_flags`.
MEDICAL_FLAGS: Final[tuple[tuple[str, str, tuple[str, ...]], ...]] = (
    ("אפילפסיה", "high", ("נוירולוגי", "תרופות")),
    ("אלרגיה לבוטנים", "high", ("אלרגיה", "אפיפן")),
    ("סוכרת נעורים", "high", ("מטבולי", "ניטור סוכר")),
    ("ניתוח גב לאחרונה", "high", ("אורתופדי", "הגבלת מאמץ")),
    ("אסתמה", "medium", ("נשימתי", "משאף")),
    ("על הרצף האוטיסטי", "medium", ("התפתחותי",)),
    ("שיתוק מוחין (CP)", "medium", ("מוטורי",)),
    ("תסמונת דאון", "medium", ("התפתחותי",)),
    ("אלרגיה קלה לסוסים", "medium", ("אלרגיה",)),
    ("רגישות לרעש", "low", ("חושי",)),
    ("הפרעת קשב וריכוז", "low", ("התנהגותי",)),
    ("חרדת גבהים", "low", ("רגשי",)),
    ("עור רגיש לכלור", "low", ("עור", "בריכה")),
)

STUDENT_NOTES: Final[tuple[str, ...]] = (
    "מעדיפה שעות אחר הצהריים",
    "להזכיר להביא קסדה",
    "מגיע בהסעה מהגן — לעדכן את הנהג בכל שינוי",
    "לתאם מול האם בלבד",
    "ממתין לאישור ועדה של קופת החולים",
    "הורים גרושים — לשלוח הודעות לשניהם",
    "מתרגש מסוסים חדשים — להכין אותו מראש",
    "בתיאום עם המטפלת בבית הספר",
    "זקוק למלווה צמוד בשיעור",
    "אחרי ניתוח — להתחיל בהדרגה",
)

INACTIVE_REASONS: Final[tuple[str, ...]] = (
    "סיים את סדרת הטיפולים",
    "עבר לגור בצפון",
    "הפסקה זמנית — חזרה אחרי החגים",
    "לא חודש אישור קופת החולים",
)

ONE_TIME_REASONS: Final[tuple[str, ...]] = ("שיעור ניסיון", "שיעור השלמה", "הערכה ראשונית")

OVERRIDE_NOTES_CANCEL: Final[tuple[str, ...]] = (
    "ביקשו לבטל — אירוע משפחתי",
    "המדריך בהשתלמות",
    "טיול שנתי בבית הספר",
    "התלמיד חולה",
)

OVERRIDE_NOTES_MODIFY: Final[tuple[str, ...]] = (
    "הוקדם לבקשת ההורים",
    "החלפת מדריך חד־פעמית",
    "נדחה בשעה בגלל חוג",
)

CARETAKER_TITLES: Final[tuple[str, ...]] = ("מטפלת", "מדריך בפנימייה", "עובדת סוציאלית")
OTHER_TITLES: Final[tuple[str, ...]] = ("סבתא", "סבא", "דודה", "אח בוגר", "בת זוג")

"""The Vietnamese vocabulary hoinghi reads articles with, kept as data in one place.

Extractors compile patterns from these tables once, at import. Add words here, not in code.
Spellings are listed in one tone style; `transforms.text.fold` makes Uỷ/Ủy, hoà/hòa alike.
"""

# --- Spelling --------------------------------------------------------------------------------

# The parts of a written Vietnamese syllable, tone mark removed: onset + vowels + final consonant.
# The decoder counts how many words fit this shape to tell a right decoding from a wrong one.
SYLLABLE_ONSETS = ("ngh ng nh ch gh gi kh ph th tr qu b c d đ g h k l m n p r s t v x").split()
SYLLABLE_VOWELS = "aăâeêioôơuưy"
SYLLABLE_CODAS = "ng nh ch c m n p t".split()
# Old-style tone placement → new style, in lower case: Uỷ/Ủy, hoà/hòa spell the same word. Each old
# spelling is two letters whose second never starts another one (`transforms.text` relies on it).
TONE_SPELLINGS = {
    "uỷ": "ủy",
    "uý": "úy",
    "uỳ": "ùy",
    "uỹ": "ũy",
    "uỵ": "ụy",
    "oà": "òa",
    "oá": "óa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oè": "òe",
    "oé": "óe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
}

# --- Little words ------------------------------------------------------------------------------

AND_WORD = "và"  # joins the items of a list: '18 và 19-7', 'ông A và bà B', 'số 18-NQ/TW và số 19-NQ/TW'
# ... and persons, after a comma: 'Bà A - Bí thư Tỉnh ủy X, cùng ông B - … và ông C - …, được chỉ định …'
WITH_WORD = "cùng"
NUMBER_WORD = "số"  # 'number', before a document's code: 'Nghị quyết số 18-NQ/TW'
AT_WORD = "tại"  # 'at', before a place: 'tại Hội trường Tỉnh ủy'
OF_WORD = "của"  # 'of': 'điểm cầu của tỉnh Gia Lai'
# 'Thừa ủy quyền của Thủ tướng Chính phủ, Bộ trưởng A trao …': the title after them is the one who gave authority.
ON_BEHALF_OF = ("thừa ủy quyền của", "theo ủy quyền của", "ủy quyền của", "thừa lệnh")
PLURAL_WORD = "các"  # before a plural noun: 'các đồng chí'
PLURAL_WORDS = (PLURAL_WORD, "những")  # ('những đồng chí được bổ nhiệm gồm: …')

# --- Names -----------------------------------------------------------------------------------

# Common Vietnamese family names (họ). A capitalised run that starts with one of these and is
# anchored by a title or a form of address is read as a person's name.
SURNAMES = frozenset(
    """
nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý lí mai trương đào đoàn
lâm hà âu ma cao tô đinh lương trịnh tạ chu thái vương phùng lưu tăng kiều khổng hứa lạc
quách châu thân triệu nông lò vi bế hầu sùng giàng mùa lục tống tôn thạch đàm
mạc bạch lã diệp doãn đường từ hàn khúc nghiêm tiêu viên khương cù cấn chế chử đậu điểu tòng
đổng giáp khuất lại liêu lỗ lộc mẫu nhan phí sầm tiết trang ứng
lù thào chảo tẩn lường cầm thèn đàng chau vừ cháng lầu sình quàng vàng phàn hờ tráng
danh
thích
""".split()
)

# Given-name syllables that ethnic-minority names start with instead of a family name (A Pớt, Y Biêr).
ETHNIC_NAME_PREFIXES = frozenset({"a", "y", "h'", "ksor", "kpă", "nay", "siu", "rah", "rơ"})
# ... and the prefixes an apostrophe joins to the next syllable in one written word, which may be a whole name
# ('K'Sơn', a K'Ho man's; 'H'Liên', an Ê Đê woman's)
APOSTROPHE_NAME_PREFIXES = ("K'", "H'", "K’", "H’")  # (a web page's typographic apostrophe: 'Nay H’Rin')
# 'Y' after these is medicine ('Trường Đại học Y Dược', 'ngành Y'), not the Ê Đê men's name prefix ('Y Khun').
MEDICINE_Y_AFTER = ("đại học", "cao đẳng", "trung cấp", "học viện", "trường", "ngành", "khoa", "viện")
# Of these, the ones before a given name whose family name comes last (Ê Đê, M'nông): a paper refers back by the
# prefix and the given name ('ông Y Khun Byă … ông Y Khun đề nghị').
GIVEN_NAME_FIRST_PREFIXES = ("y",)

# The forms of address a list of names repeats ('ông A và bà B', 'đồng chí A, đồng chí B'): in full ...
ADDRESS_FORMS = ("đồng chí", "ông", "bà")
# ... and abbreviated.
ADDRESS_ABBREVIATIONS = ("đ/c",)
# The Youth Union's and the Youth Federation's forms of address: 'hiệp thương cử anh Nguyễn Hữu Tài và
# chị Hà Thị Mỹ Linh, …, giữ chức …' (a cue for a name, and where a list of persons goes on).
YOUTH_ADDRESS_FORMS = ("anh", "chị")
# A non-member as admission news calls a candidate: 'kết nạp quần chúng Nguyễn Văn A vào Đảng', '1. Quần chúng LÊ
# VĂN TUẤN, sinh năm 1987, …' (a cue for a name, in capitals too).
CANDIDATE_ADDRESS_FORMS = ("quần chúng",)
# Military and police ranks: kind "rank", never a person's title (LABELING.md).
RANKS = (
    "đại tướng",
    "thượng tướng",
    "trung tướng",
    "thiếu tướng",
    "đại tá",
    "thượng tá",
    "trung tá",
    "thiếu tá",
    "đại úy",
    "thượng úy",
    "trung úy",
    "thiếu úy",
)
# Degrees written before a name, as in 'PGS.TS Trịnh Văn A', 'TS. Lê Thị B', 'ThS Lù Thị C' (lower case:
# the cues are looked up in the lower-cased text). No Vietnamese syllable starts with these letters.
ACADEMIC_PREFIXES = (
    *("gs.tskh.", "gs.tskh", "pgs.tskh", "tskh.", "tskh"),
    *("pgs.ts.", "pgs.ts", "gs.ts.", "gs.ts", "pgs.", "pgs", "gs.", "gs", "ts.", "ts", "ths.", "ths", "bs.", "bs"),
    # medical specialists (bác sĩ / dược sĩ chuyên khoa I, II) and the honours teachers carry before a name
    *("bsckii", "bscki", "bs.ckii", "bs.cki", "dsckii", "dscki", "ngưt.", "ngưt", "ngnd.", "ngnd"),
    *(f"{d}.{s}{dot}" for d in ("ts", "ths") for s in ("bsckii", "bscki") for dot in (".", "")),  # 'TS.BSCKII.'
    *(f"{s}." for s in ("bsckii", "bscki")),
    # doctors' honours, as teachers' above ('TTƯT.BSCKII. B': one glued to a degree, each read as a cue)
    *(f"{h}{dot}" for h in ("ttưt", "ttnd") for dot in (".", "")),
)
# A sentence opening with these names its topic up to the first comma: 'Đối với quyền Giám đốc Sở A, Chủ tịch
# UBND tỉnh yêu cầu …' (the title after that comma is the next clause's subject, not A's).
TOPIC_OPENINGS = ("đối với",)
# Forms of address that put a person's name right after them.
PERSON_CUES = (
    "các đồng chí",
    "đồng chí",
    "đ/c",
    "ông",
    "bà",
    "thí sinh",
    "tác giả",
    "nhà báo",
    "học viên",
    "cựu chiến binh",
    "cụ",
    *CANDIDATE_ADDRESS_FORMS,
    *YOUTH_ADDRESS_FORMS,  # 'anh Thân Văn Hưng, Phó Bí thư Tỉnh đoàn'
    # the clergy the Fatherland Front seats: 'Thượng tọa Thích Thiện Minh' ('Thích', the monastic family name)
    "hòa thượng",
    "thượng tọa",
    "đại đức",
    "ni sư",
    "linh mục",
    "mục sư",
    *ACADEMIC_PREFIXES,
    *RANKS,  # 'Thượng tá Lò Văn Hưng': a rank is written before the name like a form of address
)

# Words that never belong to a person's name; a capitalised run stops before them.
NOT_NAME_WORDS = frozenset(
    """
phó trưởng bí ủy chủ tổng giám chánh cục vụ ban bộ sở tỉnh huyện đảng hội ngày tháng thứ tại theo
trong các những sáng chiều tối
""".split()
)

# Units often named after a person (a hero, a scholar): a capitalised run after one is that name first, then the
# name of a person it may be followed by with no comma ('Hiệu trưởng Trường THCS Lý Tự Trọng Kim Sô Phal', 'Trường
# Chính trị Hoàng Đình Giong Hoàng Văn Sầm'); a run too short for both is the unit's name alone.
NAMESAKE_UNIT_HEADS = (
    "trường thcs",
    "trường thpt",
    "trường thpt chuyên",
    "trường th",
    "trường tiểu học",
    "trường mầm non",
    "trường mẫu giáo",
    "trường ptdtnt",
    "trường ptdtbt",
    "trường chính trị",
    # Party schools and colleges named after a leader: 'nguyên Hiệu trưởng Trường Đảng Nguyễn Ái Quốc khu Hà Nội'
    "trường đảng",
    "trường đại học",
    "trường cao đẳng",
    "đường",  # (not 'phố': 'Chủ tịch UBND thành phố Đinh Tiến Lâm')
    "chi nhánh",  # a bank's branch, named by its street: 'Giám đốc Agribank Chi nhánh Mạc Thị Bưởi'
    # ... and enterprises named by their trade and a place that may read as a person's name ('Bí thư Đảng ủy Công ty
    # Than Dương Huy', 'Công ty Cao su Đồng Phú'): read the same way
    "công ty than",
    "công ty tuyển than",
    "công ty cao su",
    "công ty xi măng",
    "công ty thủy điện",
    "công ty điện lực",
    "công ty cấp nước",
    "công ty lâm nghiệp",
)
# Units named by the place they stand at: an ethnic name prefix after them opens that place, not a person
# ('Bí thư Đảng ủy Đồn Biên phòng A Pa Chải nhiệm kỳ …').
PLACE_NAMED_UNITS = ("đồn biên phòng", "trạm kiểm soát biên phòng", "đồn công an", "cửa khẩu")
# Provinces and cities: two-syllable place names that look like family name + given name; and the
# districts named after persons (three syllables, read as a name after any locality word).
PLACES = frozenset(
    f.strip()
    for f in """
an giang, bà rịa, bạc liêu, bắc giang, bắc kạn, bắc ninh, bến tre, bình dương, bình định, bình phước,
bình thuận, cà mau, cao bằng, cần thơ, đà nẵng, đắk lắk, đắk nông, điện biên, đồng nai, đồng tháp,
gia lai, hà giang, hà nam, hà nội, hà tĩnh, hải dương, hải phòng, hậu giang, hòa bình, hưng yên,
khánh hòa, kiên giang, kon tum, lai châu, lâm đồng, lạng sơn, lào cai, long an, nam định, nghệ an,
ninh bình, ninh thuận, phú thọ, phú yên, quảng bình, quảng nam, quảng ngãi, quảng ninh, quảng trị,
sóc trăng, sơn la, tây ninh, thái bình, thái nguyên, thanh hóa, thừa thiên huế, tiền giang,
hồ chí minh, trà vinh, tuyên quang, vĩnh long, vĩnh phúc, yên bái, huế, việt nam, trung quốc,
mộc châu, lâm bình, hoàng sa, trường sa, quảng châu, tây nguyên, đông nam bộ, tây bắc, đông bắc,
dương minh châu, trần văn thời
""".replace("\n", " ").split(",")
)

# Words right before a capitalised run that make it an organisation or a place, not a person
# ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "phong cách Hồ Chí Minh", "TP Hồ Chí Minh").
NOT_PERSON_BEFORE = (
    "cộng sản",
    "phong cách",
    "tư tưởng",
    "đường",
    "phố",
    "trường",
    "lăng",
    "bảo tàng",
    "giải",
    "huy hiệu",
    "huân chương",
    "mang tên",
    "sông",
    "núi",
    "quốc gia",
)
# Words that end in one of NOT_PERSON_BEFORE and say something else: 'Bộ Tài nguyên và Môi trường Đỗ
# Minh Trung' (the ministry's name, then its minister's), not a school ('trường').
# A person's age told after the name, before the titles: 'ông A, 45 tuổi, Phó Giám đốc Sở …'.
AGE_WORD = "tuổi"
# ... or the year of birth: 'Quần chúng A, sinh năm 1990, Bí thư Chi đoàn thôn …'.
BIRTH_YEAR_WORDS = ("sinh năm",)
NOT_PERSON_BEFORE_COMPOUNDS = ("môi trường", "thị trường", "thành phố")  # a city's name: a known place, else a person
# After a locality word a two-syllable run or a known place is a place ('tỉnh Thái Bình', 'TP Hồ Chí Minh'),
# while a longer name is a person whose title ends there ('Chủ tịch UBND tỉnh Phạm Anh Tuấn').
# Titles that end with a locality word and are followed by the holder's name, not a place: 'già làng A Thút'
# (a village's elder; 'Trưởng làng Ia Kreng' is followed by the village).
PERSON_BEFORE_LOCALITY_WORDS = ("già",)
LOCALITY_WORDS = (
    "tỉnh ủy",
    "huyện ủy",
    "thành ủy",
    "quận ủy",
    "thị ủy",
    "đảng ủy",
    # the Youth Union's committees, named by their place as the Party's are: 'Bí thư Huyện đoàn Châu Thành'
    "tỉnh đoàn",
    "huyện đoàn",
    "thành đoàn",
    "quận đoàn",
    "thị đoàn",
    "tỉnh",
    "huyện",
    "thành phố",
    "xã",
    "phường",
    "đặc khu",
    "quận",
    "thị xã",
    "tp",
    "tp.",  # 'Phó Chủ tịch UBND TP. Châu Đốc': a city, not a person
    "thôn",
    "bản",
    "ấp",
    "xóm",
    "làng",
)

# --- Titles ----------------------------------------------------------------------------------

# The posts of the military commands (a province's or district's, a military region's, a border post's:
# 'Chỉ huy trưởng Bộ CHQS tỉnh', 'Chính trị viên Ban CHQS huyện', 'Phó Tham mưu trưởng Quân khu', 'Đồn
# trưởng Đồn Biên phòng …'): title heads and positions both.
MILITARY_COMMAND_POSITIONS = (
    "Chỉ huy trưởng",
    "Phó Chỉ huy trưởng",
    "Chính trị viên",
    "Phó Chính trị viên",
    "Chính trị viên phó",  # a border post's deputy commissar, 'phó' after the post
    "Tham mưu trưởng",
    "Phó Tham mưu trưởng",
    # a deputy commander who is the chief of staff, one post written with a dash: 'Phó Chỉ huy trưởng - Tham mưu
    # trưởng Bộ CHQS tỉnh'
    *(f"{deputy} {dash} Tham mưu trưởng" for deputy in ("Phó Chỉ huy trưởng", "Phó Tư lệnh") for dash in "-–"),
    "Tổng Tham mưu trưởng",  # the army's: 'Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam'
    "Phó Tổng Tham mưu trưởng",
    "Đồn trưởng",
    "Phó Đồn trưởng",
    "Đội trưởng",  # a team's: 'Đội trưởng Đội vận động quần chúng Đồn Biên phòng Si Pa Phìn'
    "Phó Đội trưởng",
    # the commanders of the army's units, named by the unit ('Đại tá A, Phó Bí thư Đảng ủy, Sư đoàn trưởng')
    "Sư đoàn trưởng",
    "Phó Sư đoàn trưởng",
    "Lữ đoàn trưởng",
    "Phó Lữ đoàn trưởng",
    "Trung đoàn trưởng",
    "Phó Trung đoàn trưởng",
    "Tiểu đoàn trưởng",
    "Phó Tiểu đoàn trưởng",
    "Đại đội trưởng",
    "Phó Đại đội trưởng",
)
# The posts of the State Audit (its name in the post, as 'Chủ tịch nước' has the State's).
STATE_AUDIT_POSITIONS = ("Tổng Kiểm toán nhà nước", "Phó Tổng Kiểm toán nhà nước", "Tổng KTNN", "Phó Tổng KTNN")
# The heads of the central agencies and of their units that no other post names: the State Bank's governor, the
# Government Inspectorate's inspector general, an audit unit's chief auditor ('Kiểm toán trưởng KTNN chuyên ngành
# Ia'), a court division's president ('Chánh tòa Tòa Hình sự TANDTC') and a court's judges.
CENTRAL_AGENCY_HEADS = ("Thống đốc", "Phó Thống đốc", "Tổng Thanh tra Chính phủ", "Phó Tổng Thanh tra Chính phủ")
CENTRAL_AGENCY_POSITIONS = (
    *CENTRAL_AGENCY_HEADS,
    "Tổng Thanh tra",
    "Phó Tổng Thanh tra",
    "Kiểm toán trưởng",
    "Phó Kiểm toán trưởng",
    "Chánh tòa",
    "Phó Chánh tòa",
    "Thẩm phán",
)
# Diplomatic posts: the country they are posted to follows 'tại' ('Đại sứ đặc mệnh toàn quyền Việt Nam tại Cộng
# hòa Pháp', 'Tổng Lãnh sự Việt Nam tại Osaka'), where elsewhere 'tại' ends a title.
DIPLOMATIC_POSITIONS = (
    "Đại sứ đặc mệnh toàn quyền",
    "Đại sứ",
    "Tổng Lãnh sự",
    "Phó Tổng Lãnh sự",
    "Lãnh sự",
    # the mission's staff: 'Tham tán Công sứ, Đại sứ quán Việt Nam tại Đức', 'Tùy viên Quốc phòng Việt Nam tại …'
    "Tham tán Công sứ",
    "Tham tán",
    "Tùy viên Quốc phòng",
    "Tùy viên",
)
DIPLOMATIC_POST_WORD = "tại"
# ... not the missions named after them: 'Đại sứ quán', 'Tổng Lãnh sự quán' (the word after the post)
DIPLOMATIC_MISSION_WORD = "quán"
# ... and the sending country after the post, in the formal style: '… toàn quyền nước Cộng hòa xã hội chủ nghĩa …'
COUNTRY_WORD = "nước"
# The words of a country's form of state before its name, in lower case after the first: 'Cộng hòa Pháp',
# 'Vương quốc Campuchia', 'Cộng hòa Dân chủ Nhân dân Lào'.
COUNTRY_FORM_WORDS = (
    "Cộng hòa xã hội chủ nghĩa",
    "Cộng hòa Dân chủ Nhân dân",
    "Cộng hòa liên bang",
    "Cộng hòa",
    "Vương quốc",
    "Liên bang",
)
# What a committee member's title ends with: 'Tỉnh ủy viên', 'Huyện ủy viên', 'Đảng ủy viên'.
COMMITTEE_MEMBER_SUFFIX = "ủy viên"
# A title phrase starts with one of these (longest first is applied in code) ...
TITLE_HEADS = (
    "tổng bí thư",
    "chủ tịch nước",
    "chủ tịch quốc hội",
    "thủ tướng chính phủ",
    "thủ tướng",
    "thường trực ban bí thư",
    "thường trực",
    "ủy viên",
    "tỉnh ủy viên",
    "thành ủy viên",
    "huyện ủy viên",
    "quận ủy viên",
    "thị ủy viên",
    "đảng ủy viên",
    "chi ủy viên",
    "cấp ủy viên",
    "bí thư",
    "phó bí thư",
    "trưởng ban",
    "phó trưởng ban",
    "trưởng đoàn",
    "phó trưởng đoàn",
    "trưởng tiểu ban",
    "phó trưởng tiểu ban",
    "chủ tịch",
    "phó chủ tịch",
    "chủ nhiệm",
    "phó chủ nhiệm",
    "bộ trưởng",
    "thứ trưởng",
    "vụ trưởng",
    "phó vụ trưởng",
    "cục trưởng",
    "phó cục trưởng",
    "chánh văn phòng",
    "phó chánh văn phòng",
    "chánh thanh tra",
    "phó chánh thanh tra",
    "giám đốc",
    "phó giám đốc",
    "tổng giám đốc",  # a corporation's: 'Phó Tổng Giám đốc Tổng công ty Điện lực miền Trung'
    "phó tổng giám đốc",
    "tổng biên tập",
    "phó tổng biên tập",
    "viện trưởng",
    "phó viện trưởng",
    "hiệu trưởng",
    "phó hiệu trưởng",
    "cụm trưởng",
    "cụm phó",
    "trưởng cụm",  # the same head of an emulation cluster, written the other way round
    "phó trưởng cụm",
    "trưởng khối",
    "phó trưởng khối",
    "khối trưởng",
    "khối phó",
    "trưởng phòng",
    "phó trưởng phòng",
    "chánh án",
    "viện trưởng",
    "kiểm sát viên",  # a procurator's grade: 'Kiểm sát viên cao cấp, Viện trưởng Viện KSND tỉnh'
    "tổng thư ký",
    "tổng cục trưởng",
    "phó tổng cục trưởng",
    "trưởng khoa",
    "trợ lý",  # an assistant: a military staff's 'Trợ lý Tuyên huấn Phòng Chính trị'
    *(p.lower() for p in (*STATE_AUDIT_POSITIONS, *CENTRAL_AGENCY_POSITIONS, *DIPLOMATIC_POSITIONS)),
    "đại biểu quốc hội",
    "phụ trách",
    "thành viên",  # 'Thành viên Hội đồng thành viên', a state corporation's board member
    "tư lệnh",
    "chính ủy",
    "phó tư lệnh",
    "chi hội trưởng",
    "chi hội phó",
    "trưởng buôn",
    "phó trưởng buôn",
    "trưởng làng",
    "tổ trưởng tổ dân phố",
    "chi cục trưởng",
    "phó chi cục trưởng",
    "quản đốc",
    "phó quản đốc",
    "kế toán trưởng",
    "già làng",
    "người có uy tín",
    "chuyên viên cao cấp",
    "chuyên viên chính",
    "chuyên viên",
    "tỉnh trưởng",
    "phó tỉnh trưởng",
    "thẩm phán",
    "hội thẩm",
    *(p.lower() for p in MILITARY_COMMAND_POSITIONS),
    *RANKS,  # read as a title phrase, kind "rank" (titles.parse_title), so that it is not taken for a title
    "trưởng",
    "phó",
)
# ... optionally after a modifier that stays part of the title ("nguyên Phó Trưởng Ban", "tân Trưởng ban").
TITLE_MODIFIERS = ("nguyên", "tân", "quyền")
# Posts shortened to their initials in personnel bulletins: 'PCT UBND tỉnh', 'GĐ Sở Nội vụ', 'PBT Huyện ủy'.
POSITION_INITIALS = {"PCT": "Phó Chủ tịch", "PBT": "Phó Bí thư", "GĐ": "Giám đốc", "PGĐ": "Phó Giám đốc"}
# Abbreviated titles written on their own.
TITLE_ABBREVIATIONS = frozenset(
    {
        *(initials.lower() for initials in POSITION_INITIALS),
        "uvbtv",
        "tvtu",
        "btv",
        "uvtw",
        "uvtư",  # 'UVTƯ Đảng'
        "uvbct",
        "ubtv",
        "tutv",
        "uvbch",
        "bt",
        "pbt",
        "ctubnd",
        "cthđnd",
        "uv",  # 'UV BTV Đảng ủy' (TITLE_POSITION_ALIASES)
        "uv.btv",
        "uv.bch",
    }
)
# A segment after a title that starts with an organ continues it ("Phó Trưởng Ban Thường trực, Ban Tổ
# chức Trung ương"): it is kept as its own phrase, as written.
ORGAN_HEADS = (
    "ban",
    "vụ",
    "cục",
    "tổng cục",  # 'Cục trưởng Cục Cán bộ, Tổng cục Chính trị'
    "văn phòng",
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "đảng ủy",
    "ủy ban",
    "sở",
    "bộ",
    "hđnd",
    "ubnd",
    "mttq",
    "tiểu ban",
    "cụm thi đua",
    "học viện",
    "trường",
    "viện",
    "báo",
    "tạp chí",
)
# Verbs that hand a person a title: "thôi giữ chức X", "làm X", "giữ chức X".
TITLE_INTRO_VERBS = ("thôi giữ chức", "giữ chức", "được bổ nhiệm làm", "được bổ nhiệm", "được bầu làm", "làm")
# Adverbs that stand before a verb, never inside an organ's name: a title written without a comma ends
# at them ('A, Phó Vụ trưởng Vụ Địa phương I trực tiếp truyền đạt', 'A, Giám đốc Sở Nội vụ cũng phát biểu').
PRE_VERB_ADVERBS = ("cũng", "trực tiếp", "đều", "vẫn", "luôn", "đồng thời", "lần lượt", "thẳng thắn")
# Words that end a title phrase: what follows is the sentence going on, not the title.
TITLE_STOPS = (
    "chủ trì",
    "đồng chủ trì",
    "phát biểu",
    "dự",
    "tham dự",
    "cho biết",
    "nhấn mạnh",
    "khẳng định",
    "đề nghị",
    "kiến nghị",
    "đề xuất",
    "yêu cầu",
    "phát động",
    "trao",
    "tặng",
    "đã",
    "đang",
    "sẽ",
    "được",
    "là",
    "cùng",
    "với",
    "tại",
    "để",
    "nêu",
    "chỉ đạo",
    "báo cáo",
    "trình bày",
    "tham luận",  # 'A, Trưởng khoa Sư phạm tham luận về …': a paper presented
    "thông báo",  # 'A, Phó Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối thông báo: …'
    "đứng đầu",  # 'Đoàn Chủ tịch … do anh A, Bí thư Tỉnh đoàn và chị B, Phó Bí thư Tỉnh đoàn đứng đầu': who head it
    "truyền đạt",
    "kết luận",
    "thông tin",
    "mong muốn",
    "đánh giá",
    "biểu dương",
    "gửi",
    "chúc",
    "cho rằng",
    "tiếp",
    "làm việc",
    "thăm",
    "khai mạc",
    "bế mạc",
    "điều hành",
    "có",
    "về",
    "vào",  # 'bầu bổ sung A, Giám đốc Sở Nội vụ vào Ban Thường vụ Tỉnh ủy
    "theo",
    "nhận",
    "ghi nhận",
    "chia sẻ",
    "phản ánh",
    "giữ chức",
    "thôi giữ chức",
    "làm",
    "đọc",
    "công bố",
    "trong",
    "khi",
    "nhân dịp",
    "ngày",
    "tháng",  # 'phê chuẩn làm Bộ trưởng Tài nguyên và Môi trường tháng 11/2016': the month it was done
    "sáng",
    "chiều",
    "tối",
    "vừa",
    "nhiệm kỳ",
    "vì",  # 'Bằng khen cho đồng chí A, Phó Chánh Văn phòng Sở Y tế vì đã có thành tích …': the reason
    "tái đắc cử",  # 'A, Chính ủy Sư đoàn tái đắc cử Bí thư …': the person's own verbs of a vote
    "tái cử",
    "trúng cử",
    *PRE_VERB_ADVERBS,
)
# Terms where "dự" is not "attend" (alternate member, draft, project, ...): no attendance cue.
NOT_ATTEND_DU = ("dự khuyết", "dự thảo", "dự án", "dự kiến", "dự bị", "dự toán")
# Words that look like a stop above but begin a longer term that belongs in a title ("dự khuyết").
NOT_TITLE_STOPS = (*NOT_ATTEND_DU, "tại chức", "báo cáo viên", "vì sự tiến bộ", "bầu cử")  # 'Ban vì sự tiến bộ phụ nữ'
# ('bầu cử': an election's bodies, 'Phó Chủ tịch Ủy ban bầu cử xã')
# Nouns that end with a stop above: inside them it is no verb ("Trung tâm Công nghệ thông tin tỉnh").
STOP_ENDING_NOUNS = (
    "công nghệ thông tin",
    "an toàn thông tin",
    "hệ thống thông tin",
    "an ninh thông tin",
    "việc làm",  # employment: "Cục trưởng Cục Việc làm"
)
# ... unless the words before them close an organ's name: 'Sở Khoa học và Công nghệ | thông tin về …'.
STOP_NOUN_CLOSED_BY = ("khoa học và công nghệ",)

# --- Places and venues ---------------------------------------------------------------------

# The centre. A bridge point so named ('điểm cầu Trung ương', 'điểm cầu Ban Tổ chức Trung ương') is
# the organiser's end of an online meeting, not a place the meeting was held in.
CENTRE_WORDS = ("trung ương",)
# Buildings a meeting is held in: 'tại hội trường ...', 'tại Trụ sở Trung ương Đảng', 'tại Trung tâm Hội nghị tỉnh'
# (written as the name is, with its capitals).
VENUE_NOUNS = ("hội trường", "nhà văn hóa", "trụ sở", "trung tâm Hội nghị", "trung tâm Chính trị", "trung tâm")
# Locality words a place after 'tại' may start with ('tại huyện Mộc Châu', 'tại TP. Hồ Chí Minh');
# upper-case ones are abbreviations and may have a dot ('TP.').
VENUE_LOCALITIES = ("huyện", "tỉnh", "thành phố", "thị xã", "xã", "TP")
# After 'tại' these are an event, not a place ('tại Hội nghị', 'tại buổi lễ'), as are document types
# ('tại Quyết định số ...'). Matched case-sensitively, as written.
NOT_VENUE_WORDS = ("Hội nghị", "Hội thi", "Đại hội", "Lễ", "buổi", "Phiên")
# Words of several syllables that a proper name capitalises on the first syllable only ('Ban Tổ
# chức Trung ương', 'Tỉnh ủy Sóc Trăng', 'Trụ sở Trung ương Đảng', 'Ủy ban nhân dân'): a place or
# venue name, read as a run of capitalised words, runs on through them.
NAME_COMPOUNDS = tuple(
    sorted(
        {w for w in (*ORGAN_HEADS, *LOCALITY_WORDS, *VENUE_NOUNS, *CENTRE_WORDS, "tổ chức", "nhân dân") if " " in w},
        key=len,
        reverse=True,
    )
)

# --- Roles in a meeting ----------------------------------------------------------------------

CHAIR_WORD = "chủ trì"  # 'chair' (a meeting)
CO_CHAIR_WORD = "đồng chủ trì"  # 'co-chair'
# 'điều hành' (run, preside over) a session: 'Phó Chủ tịch Quốc hội X điều hành phiên họp', 'Đoàn Chủ tịch
# gồm các đồng chí: A, ...; B, ... điều hành đại hội'. Only before these nouns: 'điều hành UBND tỉnh' is a job.
PRESIDE_WORD = "điều hành"
PRESIDED_NOUNS = (
    "phiên họp",
    "phiên làm việc",
    "phiên thảo luận",
    "phần thảo luận",
    "phiên bế mạc",
    "phiên khai mạc",
    "kỳ họp",
    "hội nghị",
    "đại hội",
    # a newly elected chair running the rest of the session: 'tân Chủ tịch HĐND tỉnh A tiếp tục điều hành các
    # nội dung còn lại của kỳ họp'
    "các nội dung còn lại",
    "nội dung còn lại",
    "phần còn lại",
    "các nội dung tiếp theo",
    "nội dung tiếp theo",
    # a part of the session: 'A, Phó Chủ tịch Thường trực HĐND tỉnh điều hành phần bầu cử, miễn nhiệm'
    "phần bầu cử",
)
# An earlier sitting of the meeting a report is about, told after it: 'Sáng 6-8, … phiên chính thức Đại hội … .
# Trước đó, chiều 5-8, Đại hội đã tiến hành phiên trù bị.' (the meeting is dated by its first sitting).
EARLIER_SITTING_WORDS = ("phiên trù bị", "phiên họp trù bị", "phiên khai mạc", "phiên làm việc thứ nhất")
# 'chủ tọa' (preside over) a People's Council session: 'Chủ tịch HĐND tỉnh X chủ tọa kỳ họp'
PRESIDE_SESSION_WORD = "chủ tọa"
CHAIR_CUES = (
    CO_CHAIR_WORD,
    CHAIR_WORD,
    *(f"{PRESIDE_WORD} {noun}" for noun in PRESIDED_NOUNS),
    *(f"{PRESIDE_SESSION_WORD} {noun}" for noun in PRESIDED_NOUNS),
)
# A chair named after the cue: 'dưới sự chủ trì của đồng chí X' (a session is run, 'điều hành', by its chair) ...
CHAIR_BY_CUES = ("sự chủ trì của", "sự điều hành của", "sự chủ tọa của")
# ... or after 'chủ trì' and, a few words on, one of these: 'chủ trì hội nghị có đồng chí X', 'chủ trì là ...'.
CHAIR_NAMED_AFTER = ("có", "là")
# ... or by the title alone after 'do', when the article names one holder of it: 'Hội nghị do Thủ tướng chủ trì'.
CHAIRED_BY_WORD = "do"
# ... or, with no chairing word, as the one who leads a working visit: the first person the meeting's sentence names
# before these ('Chủ tịch UBND tỉnh A cùng lãnh đạo các sở đã có buổi làm việc với huyện B', 'Đoàn công tác do đồng
# chí A làm trưởng đoàn đã kiểm tra, làm việc với …'; not the host named after them: 'Tiếp và làm việc với đoàn có …').
VISIT_LEAD_CUES = ("làm việc với",)
# ... or a congress's presidium listed: 'Đoàn Chủ tịch Đại hội gồm các ông, bà: A, …; B, …' (it chairs the congress).
# 'Chủ tọa kỳ họp gồm các đồng chí: A, …; B, …' (a People's Council session's presiding officers) too.
PRESIDIUM_WORDS = ("đoàn chủ tịch", PRESIDE_SESSION_WORD)
# Between a name and a later 'chủ trì', these make the name someone else than the chair: 'X chỉ đạo, Y chủ trì'.
NOT_CHAIR_BETWEEN = ("chỉ đạo",)
# ... but not after these, where it names a body: 'A, Phó Trưởng Ban Chỉ đạo đồng chủ trì' (the steering committee).
NOT_CHAIR_BETWEEN_ORGAN_HEADS = ("ban", "tổ")
# A list of persons opened by a word instead of a colon: 'do Đoàn Chủ tịch gồm bà A, …; bà B … điều hành'.
LIST_OPENING_WORDS = ("gồm",)
# Words that say a list follows, before its colon: '… bổ nhiệm các Đại sứ, cụ thể:'
LIST_FOLLOWS_WORDS = ("cụ thể như sau", "cụ thể", "như sau", "gồm")
# A body voted in whose members a list names, each with the post they took: '… hiệp thương cử Ban Thường trực gồm
# các vị:' ¶ '- Ông A, Phó Chủ tịch;', or told again in the next sentence: 'Danh sách Ban Thường trực … gồm:'.
BODY_MEMBERS_WORDS = ("gồm",)
BODY_LIST_NOUNS = ("danh sách",)
# Committees a vote fills whose members an article may list by name alone, apart from the vote: '… bầu Ban Thường
# vụ Tỉnh ủy gồm 15 đồng chí' (or '… bầu 16 đồng chí vào Ban Thường vụ …') ¶ 'Ban Thường vụ Tỉnh ủy khóa XIX gồm
# các đồng chí: A, B … và C.', or under a heading 'DANH SÁCH BAN THƯỜNG VỤ THÀNH ỦY KHÓA XXII' over a table or
# numbered lines. Each member the article gives no post of their own by a vote joins the committee by that vote.
ROSTER_COMMITTEES = ("Ban Thường vụ", "Ban Chấp hành", "Ủy ban Kiểm tra", "Ban Thường trực", "BTV", "BCH", "UBKT")
# ... the list may name the seat its members took, and the rest of them after the posts told first: 'Các đồng chí Ủy
# viên Ban Thường vụ gồm: A - …; B - …', '4 Ủy viên Ban Thường vụ còn lại là các đồng chí: A, …; B, …'.
ROSTER_MEMBER_SEAT = "Ủy viên"
ROSTER_REST_WORDS = ("còn lại",)
ROSTER_LIST_WORDS = ("gồm", "là")
# A biography's sentence that opens with its pronoun and these ('Đồng chí từng giữ các chức vụ …; tháng 10-2020,
# được bầu làm …'): its clauses after ';' go on with that person (not a speech's: 'Ông cho biết, …').
BIOGRAPHY_OPENINGS = ("từng", "đã từng", "kinh qua", "đã kinh qua", "trải qua", "đã trải qua")
# A committee's members listed as items under a paragraph that counts them: 'Ban Thường vụ Đảng ủy phường
# gồm 7 đồng chí, cụ thể:' ¶ '1. Đồng chí A, nguyên X - Bí thư Đảng ủy phường.' (the post after the dash is
# the seat the designation or election gives; transforms/appointments.py)
SEATS_LIST_NOUNS = ("đồng chí", "ông, bà", "anh, chị", "thành viên", "người")
# What 'chủ trì' may preside over that is not the meeting: 'chủ trì điểm cầu Hậu Giang' (one bridge point of
# an online meeting; 'chủ trì hội nghị tại điểm cầu …' chairs the meeting).
NOT_CHAIRED_OBJECTS = ("điểm cầu",)
# ... nor a noun after which 'chủ trì' names heads of units: 'quy hoạch cán bộ chủ trì các cấp' (leading cadres).
NOT_CHAIR_NOUNS_BEFORE = ("cán bộ",)
# The plain words for 'attend'. After a ';' they start a list of attendees ('...; dự có ...').
ATTEND_WORD = "dự"  # 'attend'; NOT_ATTEND_DU lists terms in which it means something else
ATTEND_WORDS = ("tham dự", ATTEND_WORD)
ATTENDEE_CUES = (*ATTEND_WORDS, "cùng dự", "có mặt", "đến dự")
# A lead with a meeting word and one of these reports a meeting even without a day.
PRESENCE_CUES = (CHAIR_WORD, *ATTEND_WORDS)
# Giving an award: 'trao Bằng khen cho X', 'tặng ... cho X', 'giải nhất ... cho X': X is an awardee.
AWARD_VERBS = ("trao", "tặng")
AWARD_PRIZES = ("giải nhất", "giải nhì", "giải ba")
AWARD_TO_WORD = "cho"  # 'to' (someone)
SPEAKER_CUES = (
    "phát biểu",
    "kết luận",
    "cho biết",
    "nhấn mạnh",
    "trình bày",
    "khẳng định",
    "báo cáo",
    "phát động",
    "chỉ đạo",
    "đề nghị",
    "khai mạc",
    "bế mạc",
    "thông tin",
    "nêu rõ",
)
SPEAKER_OVER_ATTENDEE_CUES = ("dự và phát biểu",)
APPOINT_CUES = (
    "bổ nhiệm",
    "phân công",
    "điều động",
    "thôi giữ chức",
    "giữ chức",
    "chuẩn y",
    "chỉ định",
    "công bố quyết định",
    "trao quyết định",
    "luân chuyển",
    "được bầu",
)
# After a name, these give it a post: 'X làm Bí thư', 'X giữ chức Chánh Văn phòng': X is an appointee.
APPOINTED_AS = ("làm", "giữ chức")
# Strongest role wins when one person has several cues around one meeting.
ROLE_PRIORITY = ("chair", "appointee", "awardee", "speaker_strong", "attendee", "speaker", "mentioned")

# --- Meetings --------------------------------------------------------------------------------

# Words saying a sentence reports an event that people met at.
MEETING_CUES = (
    "hội nghị",
    "giao ban",
    "tổng kết",
    "sơ kết",
    "đại hội",
    "họp",
    "hội thi",
    "hội thảo",
    "tọa đàm",
    "gặp mặt",
    "tập huấn",
    "khai giảng",
    "bế giảng",
    "lễ",
    "chủ trì",
    "công bố",
    "làm việc với",
    "hội đàm",  # talks between two delegations: 'Đoàn đại biểu cấp cao tỉnh A và tỉnh B đã hội đàm'
    "phiên họp",
    "tiểu ban",
    "lấy phiếu",
    "bồi dưỡng",
    "triển khai nhiệm vụ",
    "kỷ niệm",
    "trao",  # handing over a decision or an award: 'trao Quyết định ...', 'Quyết định ... được trao cho ...'
    "bỏ phiếu",  # a vote: 'Ban Chấp hành ... đã tiến hành bỏ phiếu bầu Bí thư'
    # a Party cell's meeting, monthly or on a theme: 'dự buổi sinh hoạt chuyên đề của Chi bộ thôn Pác Cáp' (a session,
    # 'buổi', not the bare words, which the titles of rules on such meetings hold: 'về nâng cao chất lượng sinh hoạt
    # chi bộ'; nor any session: 'buổi sinh hoạt hè cho thiếu nhi')
    "buổi sinh hoạt chi bộ",
    "buổi sinh hoạt chuyên đề",
    # ... or held by the cell: 'Chi bộ bản Son tổ chức sinh hoạt chuyên đề quý II'
    "tổ chức sinh hoạt chuyên đề",
)
# Words that begin with a meeting cue but say something else: 'trao đổi' (discuss) is not 'trao' (hand over).
NOT_MEETING_COMPOUNDS = ("trao đổi",)
# Meeting nouns that a date right after dates the meeting, wherever they stand ('Hội nghị giao ban chiều 24-8-2020').
MEETING_NOUNS = ("hội nghị", "giao ban", "họp", "hội thi", "đại hội")
# A sentence whose subject is one of these ('Kỳ họp đã thông qua nghị quyết miễn nhiệm …') tells of the meeting
# told last before it: in a round-up of several, its changes are on that one's day.
MEETING_SUBJECT_NOUNS = ("kỳ họp", "hội nghị", "đại hội", "phiên họp")
# A sentence opening so tells another meeting held after the one before, though on a day of its span: 'Ngay sau
# hội nghị toàn quốc, chiều 10/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị triển khai …' (its organiser is named).
AFTER_MEETING_WORDS = ("ngay sau", "sau", "tiếp đó", "tiếp theo")
# An organiser is the subject of these verbs: 'Ban Tổ chức Trung ương tổ chức Hội nghị ...' ...
ORGANIZER_VERBS = ("tổ chức", "phối hợp", "tiến hành", "chủ trì", "khai giảng", "triển khai", "họp")
# ... or, with none of them, the body whose congress the sentence names: 'Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần
# thứ I … đã hoàn thành' is the provincial Party organisation's (its ordinal left out)
CONGRESS_OF_WORDS = ("Đại hội đại biểu", "Đại hội")
# ... which these may come before, each optional, in this order: 'Tỉnh ủy đã long trọng tổ chức ...'.
ORGANIZER_VERB_ADVERBS = ("đã", "long trọng")
# Meeting kinds, first match wins; each entry is (kind, words that must all appear).
MEETING_KINDS = (
    ("giao ban tuần", ("giao ban", "tuần")),
    ("giao ban 6 tháng", ("giao ban", "6 tháng")),
    ("giao ban quý", ("giao ban", "quý")),
    ("giao ban khu vực", ("giao ban", "khu vực")),
    ("giao ban", ("giao ban",)),
    ("tổng kết thi đua", ("tổng kết", "thi đua")),
    ("công bố quyết định", ("công bố", "quyết định")),
    ("công bố quyết định", ("trao", "quyết định")),
    ("tổng kết năm", ("tổng kết", "năm")),
    ("tổng kết", ("tổng kết",)),
    ("sơ kết", ("sơ kết",)),
    ("cụm thi đua", ("cụm thi đua",)),
    ("tập huấn", ("tập huấn",)),
    ("tập huấn", ("bồi dưỡng",)),
    ("lấy phiếu giới thiệu nhân sự", ("lấy phiếu",)),
    ("phiên họp tiểu ban", ("tiểu ban",)),
    ("đại hội đảng bộ", ("đại hội", "đảng bộ")),
    ("đại hội", ("đại hội",)),
    ("hội nghị ban chấp hành", ("hội nghị", "ban chấp hành")),
    ("hội nghị ban chấp hành", ("hội nghị tỉnh ủy",)),
    ("hội thi", ("hội thi",)),
    ("hội thảo", ("hội thảo",)),
    ("tọa đàm", ("tọa đàm",)),
    ("sinh hoạt chi bộ", ("buổi sinh hoạt chi bộ",)),
    ("sinh hoạt chi bộ", ("buổi sinh hoạt chuyên đề",)),
    ("sinh hoạt chi bộ", ("tổ chức sinh hoạt chuyên đề",)),
    ("hội đàm", ("hội đàm",)),
    ("gặp mặt", ("gặp mặt",)),
    ("lễ", ("lễ ",)),
    ("hội nghị trực tuyến", ("trực tuyến",)),
    ("họp", ("họp",)),
    ("hội nghị", ("hội nghị",)),
)
BRIDGE_WORD = "điểm cầu"  # a bridge point of an online meeting: 'tại 63 điểm cầu', 'điểm cầu tỉnh Gia Lai'
ONLINE_CUES = ("trực tuyến", BRIDGE_WORD, "truyền hình trực tiếp")
# Locality words that may stand between 'điểm cầu' and the place's name ('điểm cầu tỉnh Gia Lai'),
# abbreviations as in VENUE_LOCALITIES.
BRIDGE_LOCALITIES = ("tỉnh", "thành phố", "TP")

# --- Dates -----------------------------------------------------------------------------------

TIME_OF_DAY = ("sáng", "trưa", "chiều", "tối", "đêm")
# ... said to be right then: 'Ngay chiều cùng ngày, Chủ tịch UBND tỉnh đã ký …'
RIGHT_THEN_WORD = "ngay"
# The words of a written date: 'ngày 24 tháng 1 năm 2022'.
DAY_WORD, MONTH_WORD, YEAR_WORD = "ngày", "tháng", "năm"
# What a document's issued date may open with: 'ký ngày 3/4', and in news style 'ký hôm 3/4'.
DOC_DATE_WORDS = (f"{DAY_WORD} mồng", f"{DAY_WORD} mùng", DAY_WORD, "hôm", "mùng", "mồng")  # longest first
# What marks a number as a day in running text: 'ngày 7-12', 'ngày mồng 7-12', 'mùng 5/3', 'hôm 28-11'.
DAY_MARK_WORDS = (f"{DAY_WORD} mồng", f"{DAY_WORD} mùng", DAY_WORD, "mồng", "mùng", "hôm")  # longest first
# 'Quyết định số 513-QĐNS/TW cùng ngày', 'Cùng ngày, Bộ Chính trị ban hành Quyết định số …': the date of
# the document cited before it.
DOC_SAME_DAY_WORDS = ("cùng ngày",)
# ... 'cùng ngày với Nghị quyết số …': the same day as a document named after it, not as the one before
DOC_SAME_DAY_AS_WORD = "với"
# A range of codes of one type and issuer, every number between them issued too: 'các quyết định từ số 621-QĐ/TU đến
# số 625-QĐ/TU ngày 12/3/2010' (622, 623 and 624 as well), at most this many.
DOC_RANGE_FROM_WORD = "từ"
DOC_RANGE_TO_WORDS = ("đến", "tới")
DOC_RANGE_MOST = 50
# A number after these is an ordinal or a number, never a day: 'Hội nghị lần thứ 14, ngày 30/6/2023' (not the
# days 14 and 30 of June), 'Thứ 2, 15/3', 'Quyết định số 14, ngày 30/6'.
NOT_DAY_NUMBER_BEFORE = ("thứ", "số")
# After a time of day or 'hôm' (day), the day relative to publication: 'Sáng nay' (0), 'hôm qua' (-1).
RELATIVE_DAYS = {"nay": 0, "qua": -1, "kia": -2}  # ('hôm kia': the day before yesterday)
RELATIVE_DAY_HEADS = ("hôm",)
# A weekday (WEEKDAYS) counted from publication, by the words after it: 'sáng thứ Hai vừa qua', 'thứ Bảy cuối
# tuần qua' (the last one before publication), 'thứ Ba tuần trước' (in the week before the publication's),
# 'thứ Năm tuần tới' (in the week after), 'thứ Sáu tới' (the next one); with none, after a time of day or
# 'hôm' ('Chiều thứ Tư, …'), the last one on or before the publication day.
RELATIVE_WEEKDAY_WHEN = {
    "cuối tuần qua": "last",
    "cuối tuần trước": "last",
    "tuần qua": "last",
    "vừa qua": "last",
    "tuần trước": "week before",
    "tuần tới": "week after",
    "tuần sau": "week after",
    "sắp tới": "next",
    "tới": "next",
}
# What may stand right before such a weekday with no time of day: 'vào thứ Hai tuần trước'; another word makes
# it an ordinal ('kỳ họp thứ hai vừa qua': the second sitting).
RELATIVE_WEEKDAY_LEADS = ("vào", "từ", "đến", "hôm")
# A period, 'từ ngày 22-2 đến hết ngày 28-2-2021', has no event day: a date after 'từ' or 'đến' ...
RANGE_START_BEFORE = ("từ",)
# A sentence opening with one of these and a day tells an earlier (or the same day's) meeting of its own:
# 'Trước đó, ngày 7/11, Hội nghị Ban Chấp hành Đảng bộ phường đã bầu …', 'Cùng ngày, …'.
EARLIER_EVENT_OPENERS = ("trước đó", "cùng ngày", "sau đó")
# ... or a meeting named in passing with the verb that it was held and its day: '… sau kỳ họp thứ 21 của Ủy ban Kiểm
# tra Đảng ủy Quân khu 7 diễn ra ngày 11-3 vừa qua.'
MEETING_HELD_VERBS = ("diễn ra", "được tổ chức", "tổ chức", "họp")
AT_TIME_WORD = "vào"  # "… diễn ra vào ngày 11-3"
# ... or a sentence opening with its day whose subject met: 'Hôm 11-3, Ban Thường vụ Tỉnh ủy đã họp, …'.
MET_VERBS = ("họp",)
# ... or the meeting a change was made at, its day right after its name: '… được bầu … tại Hội nghị lần thứ 8 hôm 23.6'.
AT_MEETING_REACH = 4  # words of its name after the noun ('lần thứ 8')
# A sentence telling the close of an event ('Chiều 25/6, … Đại hội … đã bế mạc'): the event began earlier, on
# the first of the days the article says it spans ('diễn ra trong 2 ngày 24 và 25/6').
CLOSING_WORDS = ("bế mạc", "bế giảng", "kết thúc", "ngày làm việc")
# A closing that counts the event's days ('Sau 5 ngày làm việc, chiều 16-10, Hội nghị … bế mạc'): the
# event began that many days before; its later sessions told after it are the same event.
EVENT_DAYS_BEFORE = ("sau", "trải qua")
# Words that set a meeting inside a larger event: a span of days told after them is that event's ('Sáng 24/1, …
# Hội nghị lần thứ nhất … trong khuôn khổ chương trình Đại hội XIV (diễn ra từ 19-25/1)'), not the meeting's.
EVENT_FRAME_WORDS = ("trong khuôn khổ", "bên lề", "nằm trong chương trình")
EVENT_DAYS_NOUN = "ngày làm việc"
# ... or the days an event lasts, before its span: 'Trong 3 ngày, từ 24 đến 26-6, … tổ chức Đại hội …'.
EVENT_DAYS_WITHIN = ("trong",)
EVENT_DAYS_WITHIN_NOUN = "ngày"
EVENT_DAYS_COUNTS = {"hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
RANGE_END_BEFORE = ("đến",)
# ... or before 'đến'/'tới' and another date ('22-2 đến 28-2') is one of its ends.
RANGE_END_AFTER = ("đến", "tới")
RANGE_UNTIL = ("hết",)  # 'until the end of': 'đến hết ngày 28-2'
# Labelled header fields of text exports ('Tiêu đề: Công bố quyết định …', 'Chuyên mục: Chính trị'): what each names.
HEADER_FIELD_LABELS = {
    "tiêu đề": "headline",
    "tựa đề": "headline",
    "tên bài": "headline",
    "chuyên mục": "category",
    "tác giả": "author",
}
# Labels before a header timestamp ('Cập nhật: 14:28 4/3/2021'), Vietnamese and English.
# A 12-hour clock after a timestamp, and whether it is the afternoon: 'SA'/'CH' (sáng, chiều) in Vietnamese;
# 'AM'/'PM' with seconds is an English-culture stamp (ASP.NET portals' default: '12/10/2009 3:45:12 PM'),
# which writes the month first; without seconds it is a Vietnamese writer's clock ('12/3/2018 - 9:15 AM').
STAMP_MERIDIEMS = {"sa": False, "ch": True, "am": False, "pm": True}
STAMP_MONTH_FIRST_MERIDIEMS = ("am", "pm")
# A clock in words: '9 giờ 15 phút, ngày 12/3/2018'.
CLOCK_HOUR_WORDS = ("giờ",)
CLOCK_MINUTE_WORDS = ("phút",)
# Beside a stamp on its line, not words of a sentence: a time zone ('(GMT+7)', 'GMT+07:00', 'UTC+7'),
# a counter of views ('Lượt xem: 1.234'), a weekday written short ('Thứ 2', 'T2', 'CN').
STAMP_ZONES = ("gmt", "utc")
STAMP_COUNTERS = ("lượt xem", "lượt đọc", "views")
WEEKDAYS_SHORT = ("thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "t2", "t3", "t4", "t5", "t6", "t7", "cn")
# Labels beside a stamp on its line: 'Chuyên mục: Chính trị | Đăng lúc 17:03 ngày 24/05/2024'.
SECTION_LABELS = ("chuyên mục", "danh mục")
# Month names of a stamp in English (a bilingual outlet's 'Tuesday, December 3, 2024, 10:42 AM').
ENGLISH_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
# Months written as words after 'Tháng' ('17 Tháng Bảy, 2024'); longest first is applied in code.
MONTH_NAMES = {
    "một": 1,
    "giêng": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
    "chạp": 12,
}
ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# 'at' between a timestamp's day and its time: 'Ngày đăng: 28/07/2025 lúc 19:05'.
STAMP_TIME_WORDS = ("lúc",)
STAMP_LABELS = (
    "ngày cập nhật",
    "cập nhật",
    "ngày đăng",
    "đăng ngày",
    "đăng lúc",
    "xuất bản",
    "thời gian",
    "posted",
    "published",
)
WEEKDAYS = ("thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật")
# Years after these words are targets or terms, not when something happened.
NOT_EVENT_YEAR_BEFORE = ("đến năm", "tầm nhìn", "tầm nhìn đến năm", "giai đoạn", "nhiệm kỳ", "khóa", "trước năm")

# --- Year inference: dates without a dateline ------------------------------------------------

# A day right after these words is a deadline, not when something met: 'hoàn thành trước ngày 20/3'.
DEADLINE_BEFORE = ("trước", "chậm nhất", "chậm nhất là", "muộn nhất")
# A review or a plan of a period dates its meeting near the period's end or start: 'tổng kết công
# tác năm 2022' meets in December 2022 or early 2023, 'giao ban quý I năm 2019' in April 2019.
PERIOD_REVIEW_CUES = ("tổng kết", "sơ kết", "giao ban", "kiểm điểm")
PERIOD_PLAN_CUES = ("triển khai",)  # a plan meets near its period's start: 'triển khai nhiệm vụ năm 2023'

QUARTER_WORD = "quý"
QUARTER_NUMERALS = ("I", "II", "III", "IV")
FIRST_MONTHS_WORD = "đầu năm"  # '6 tháng đầu năm 2023': the first six months
# The lunar new year of a year falls in late January or February: 'gặp mặt ... đón Tết Xuân Kỷ Hợi 2019'.
NEW_YEAR_WORDS = ("tết", "mừng xuân", "đón xuân", "du xuân", "đầu xuân")
NEW_YEAR_MONTH = 2  # a meeting for Tết of year X is held near February of X
# 'Đại hội ... nhiệm kỳ 2025-2030' sits in the first year of the term it elects ...
CONGRESS_WORD = "đại hội"
TERM_WORD = "nhiệm kỳ"
# ... unless the meeting only prepares it: 'Hội nghị chuẩn bị Đại hội ... nhiệm kỳ 2025-2030'.
CONGRESS_PREPARATION_WORDS = ("chuẩn bị", "tiến tới", "hướng tới", "tiểu ban", "phục vụ", "kinh nghiệm", "sau")
# Dates of these documents do not date a meeting nearby: they are often years older than it.
STANDING_DOC_WORDS = ("Nghị quyết", "Chỉ thị", "Quy định", "Kết luận", "Hướng dẫn", "Luật", "Nghị định", "Thông tư")

# --- Documents -------------------------------------------------------------------------------

# Type code inside a document code → document type.
DOC_TYPE_CODES = {
    "NQ": "Nghị quyết",
    "KL": "Kết luận",
    "QĐ": "Quyết định",
    "HD": "Hướng dẫn",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "TB": "Thông báo",
    "KH": "Kế hoạch",
    "ĐA": "Đề án",
    "CTr": "Chương trình",
    "BC": "Báo cáo",
    "CV": "Công văn",
    "TTr": "Tờ trình",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "QĐSN": "Quyết định",
    "HDLT": "Hướng dẫn",
    # joint texts of several issuers, their codes naming them all: '01/2015/TTLT-BNV-BTC'
    "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch",
}
# Between a document's code and its date: 'Quy định số 96-QĐ/TW ban hành ngày 2/2/2023'.
DOC_ISSUED_WORDS = ("ban hành",)
# Lower-case words an issuer's name may hold after one of its capitalised words ('của Chủ tịch nước ký ngày …');
# any other lower-case word ends the issuer ('của Chủ tịch UBND tỉnh từ ngày …': the day a change takes effect).
ISSUER_LOWER_WORDS = ("nước",)
# --- Document dates: issuer, signer, header ----------------------------------------------------
# Also between a code and its date, after the issuer and its signer: 'Quyết định số 128-QĐ/TW của
# Ban Chấp hành Trung ương do Tổng Bí thư ... ký ngày 16/10/2023'.
DOC_SIGNED_WORDS = ("ký", "ký ban hành")
DOC_SIGNED_BY_WORD = "do"  # 'by' (the signer)
# ... or told in the next sentence: 'Quyết định được ký ngày 10/10.', 'Quyết định này do Thủ tướng ký hôm 10/10.'
DOC_THIS_WORD = "này"
# ... or the documents cited above: 'Các quyết định trên được Ban Bí thư ký ngày 8/7/2024.'
DOC_ABOVE_WORDS = ("nói trên", "trên")
# Words of the signer between the passive and the verb, at most: 'Quyết định được Bộ Chính trị ký ngày …',
# 'Các quyết định do đồng chí A thay mặt Ban Thường vụ Đảng ủy Chính phủ ký ngày …'.
DOC_SIGNER_REACH = 14
DOC_SIGNED_PASSIVE = ("đã được", "được")
# 'Các quyết định cùng ký ngày 20/5/2024, cụ thể như sau:' over a table of them: one day for them all.
# ... and what they decide, between their type and their signing: 'Các quyết định bổ nhiệm lại được ký ngày …'.
DOC_SUBJECT_REACH = 3
DOC_ABOUT_REACH = 6  # words of a subject introduced by 'về': 'các quyết định về công tác cán bộ ban hành ngày …'
DOC_ALL_WORDS = ("cùng", "đều", "đồng loạt")
# 'Cùng ngày, tại Quyết định số 177/QĐ-UBDT, ông A được thôi giữ chức …': the words that cite the document a clause
# opening with the same day tells of.
DOC_BY_WORDS = ("tại", "theo")
# ... and a count of them with their day before they are cited one by one: 'công bố hai quyết định ngày
# 12-7-2023 của Ban Thường vụ Tỉnh ủy. Theo Quyết định số 2147-QĐ/TU, …; Quyết định số 2148-QĐ/TU …'.
DOC_PLURAL_WORDS = PLURAL_WORDS  # (the documents, however many: not a number of them)
DOC_COUNT_WORDS = (*DOC_PLURAL_WORDS, "hai", "ba", "bốn", "năm", "sáu")
# The National Assembly and its Standing Committee as issuers, with the legislature's number after them:
# 'Nghị quyết số 35/2023/UBTVQH15', '27/2022/QH15'.
ASSEMBLY_ISSUERS = ("UBTVQH", "QH")
# ... and between the codes and that day: 'số 1651-QĐ/TU và 1652-QĐ/TU, cùng được ký ban hành vào mùng 5 tháng 3'.
DOC_SIGNED_AT = ("vào",)
# 'Ngày 12/11, Ban Thường vụ Tỉnh ủy có Quyết định số 2150-QĐ/TU …', 'Cùng ngày 02.03, Ban Bí thư ra Quyết định số
# 306-QĐNS/TW …': the body issued it that day.
DOC_HAS_WORDS = ("có", "ra")
# The date may come first, with the issuer and the verb between it and the code: 'Ngày 11/9/2025, Chủ
# tịch UBND tỉnh đã ký Quyết định số 2345/QĐ-UBND'. Words that may stand before the verb:
# 'ngày 14/7 vừa qua, Ban Thường vụ … đã ban hành …': words saying a day told before the issuer is a recent one.
DOC_RECENT_DAY_WORDS = ("vừa qua", "mới đây")
# How many words an issuer named so may run to after its first: 'Hội đồng thành viên Tập đoàn Điện lực Việt Nam'.
DOC_ISSUER_WORDS = 9
# A sentence opening so cites the documents the sentence before issued: 'Hôm qua (3/6), Hội đồng thành viên EVN đã
# ban hành các quyết định về công tác cán bộ.' ¶ 'Theo đó, tại Quyết định số 612/QĐ-HĐTV, …'.
DOC_ACCORDINGLY_WORDS = ("theo đó",)
# 'Cùng ngày 12/3, Chủ tịch UBND tỉnh ký các quyết định cho … nghỉ hưu … tại Quyết định số 499/QĐ-UBND': a code
# after these words is one of the documents the sentence just issued (no colon needed to list it).
DOC_ONE_OF_THEM_WORDS = ("tại",)
DOC_SIGNED_ADVERBS = ("đã", "vừa", "cũng", "tiếp tục", "chính thức")  # up to two: 'đã chính thức ban hành'
# A document's own header: 'Số: 97-QĐ/TW' and, a line or two on, 'Hà Nội, ngày 07 tháng 02 năm 2023'.
DOC_HEADER_NUMBER = "số:"
# Type words written before a code; they decide Quy định vs Quyết định for "QĐ".
DOC_TYPE_WORDS = (
    "Nghị quyết",
    "Kết luận",
    "Quy định",
    "Quyết định",
    "Hướng dẫn",
    "Chỉ thị",
    "Quy chế",
    "Thông báo",
    "Kế hoạch",
    "Đề án",
    "Chương trình",
    "Báo cáo",
    "Công văn",
    "Văn bản",  # an official letter so called: 'chấp thuận tại Văn bản số 6712/NHNN-TCCB ngày 29/8/2019'
    "Tờ trình",
    "Nghị định",
    "Thông tư",
)
# A law, named between its type word and the number the National Assembly gives it: 'Luật Tổ chức chính quyền
# địa phương số 72/2025/QH15' (the name is its title), at most this many words.
DOC_LAW_WORD = "Luật"
DOC_LAW_NAME_WORDS = 10
# Words that may follow a type word before the number, naming the kind of it: 'Chương trình hành động số
# 26-CTr/TU', 'Thông báo kết luận số 1520-TB/TU', 'Thông báo nghỉ hưu số 412/TB-UBND', 'Quyết định bổ nhiệm số
# 1123/QĐ-UBND' (the type is the word before them).
DOC_TYPE_QUALIFIERS = ("hành động", "kết luận", "nghỉ hưu", "bổ nhiệm")

# --- Page furniture --------------------------------------------------------------------------

# A line starting with one of these ends the article: what follows is comments, links or ads.
TRAILER_STARTS = (
    "ý kiến bạn đọc",
    "ý kiến ()",
    "ý kiến (",
    "bài cùng chuyên mục",
    "bài viết cùng chuyên mục",
    "tin bài cùng chuyên mục",
    "chia sẻ bài viết",
    "chuyên mục khác",
    "(0) bình luận",
    "bình luận",
    "tin liên quan",
    "tin cùng chuyên mục",
    "tin khác",
    "xem thêm",
    "đọc thêm",
    "bài viết liên quan",
    "các tin khác",
    # the link lists of government portals: 'Các tin đã đưa:', 'Tin mới hơn', 'Các bài viết khác'
    "các tin đã đưa",
    "tin đã đưa",
    "các tin đã đăng",
    "tin bài khác",
    "bài viết khác",
    "các bài viết khác",
    "tin mới hơn",
    "tin cũ hơn",
    "giới thiệu tạp chí in",
    "(*) không sao chép",
    "gửi bình luận",
    "viết bình luận",
    "từ khóa",
    "tags:",
    "nổi bật",
    "đừng bỏ lỡ",
    "họ và tên",
)
# Whole lines that are page furniture wherever they stand.
JUNK_LINES = (
    "banner",
    "sign in",
    "đăng nhập",
    "tiếng việt | english",
    "tiếng việt",
    "english",
    ">",
    "trang chủ",
    "in bài viết",
    "chia sẻ",
    "video clips",
    "tra cứu tạp chí in:",
    "tra cứu tạp chí in trước năm 2010:",
    "mã bảo vệ :",
    "địa chỉ :",
    "email : *",
    "ý kiến của bạn : *",
    "quảng cáo",
    "skip to main content",
)
# A portal's masthead in its footer, wherever on the line ('| CỔNG THÔNG TIN … Cơ quan chủ quản: … Chịu trách
# nhiệm chính: Ông A - Phó Chủ tịch UBND xã'): a table-based page gives it to trafilatura as text.
FOOTER_MARKS = ("cơ quan chủ quản:", "chịu trách nhiệm chính:", "chịu trách nhiệm xuất bản:")
# An outlet's masthead names its editor so ('Báo A - Cơ quan của Đảng bộ tỉnh A. Tổng Biên tập: Phạm Văn B'): staff of
# the paper, not of the story, on a line that names the paper so or its licence (a list of a paper's new leaders,
# '- Tổng Biên tập: đồng chí A', is the story).
MASTHEAD_STAFF_MARKS = ("tổng biên tập:", "thư ký tòa soạn:")
MASTHEAD_LINE_WORDS = ("cơ quan của", "cơ quan trung ương của", "giấy phép")
JUNK_LINE_STARTS = ("đường dây nóng", "theo dõi báo", "hotline", "cập nhật lúc", "lượt xem")
# A link to another article set among the paragraphs, its label then a colon: '>> Đọc thêm: Ông A làm thứ trưởng
# Bộ Công Thương', 'Xem thêm: …' (another article's headline: its names and posts are not this one's).
RELATED_LINK_LABELS = ("đọc thêm", "xem thêm", "mời đọc thêm", "mời xem thêm", "tin liên quan", "bài liên quan")
RELATED_LINK_MARKS = (">>", "»", "›", "+", "-", "–", "•")
# The marks of the items of a digest ('■ Đảng ủy Khối … bầu bổ sung Phó Bí thư' under 'ĐIỂM TIN … TRONG TUẦN'): an
# item's heading, not the page's headline.
ITEM_MARKS = ("■", "□", "●", "•", "◆", "▪", "►", "*")
# Captions start like this ("Toàn cảnh hội nghị.", "Các đại biểu dự hội nghị tại điểm cầu ...").
CAPTION_STARTS = (
    "toàn cảnh",
    "quang cảnh",
    "các đại biểu",
    "đại biểu",
    "hình ảnh",
    "điểm cầu",
    "ảnh:",
    "(ảnh",
    "trao tặng",
    "tập thể, cá nhân",
    "lãnh đạo",
    "các đồng chí",
    "đồng chí",
    "tặng hoa",
)
# Words inside a short line that make it a photo caption rather than a section heading.
CAPTION_WORDS = ("phát biểu", "chủ trì", "trao ", "tặng ", "(ảnh)", "chụp ảnh", "điểm cầu", "toàn cảnh")
# Openings that only a photo description has: an excerpt whose first line is one has no headline.
PHOTO_CAPTION_STARTS = ("toàn cảnh", "quang cảnh", "các đại biểu", "đại biểu", "hình ảnh", "ảnh:", "(ảnh")
# Author/credit labels in bylines: "Tin: Ngọc Diệp", "Ảnh: PG", "Bài và ảnh: ...".
BYLINE_LABELS = ("tin", "bài", "bài và ảnh", "tin và ảnh", "tin, ảnh", "bài, ảnh", "nhóm pv", "pv", "tác giả")
CREDIT_LABELS = ("ảnh", "video", "đồ họa", "nguồn")
# Credit labels that may be glued to the text before them ('Tin: Ngọc DiệpẢnh: PG') or close a
# caption ('... hội nghị. Ảnh: PG'), as written: matched case-sensitively.
GLUED_CREDIT_LABELS = ("Ảnh", "ẢNH", "Video", "Nguồn")
# A last line naming the source ('Theo TTXVN', 'Nguồn: dangcongsan.vn'): a credit, not an author.
SOURCE_LINE_STARTS = ("theo ", "nguồn:", "nguồn ")
# Outlet names written where a byline would be ("Báo Sơn La"): not an author.
OUTLET_WORDS = ("báo", "tạp chí", "đài", "cổng", "trang", "ttxvn", "vtv", "ban biên tập")
# A portal's name opens so, however long the owner's name after it: 'Cổng thông tin điện tử Đảng bộ các cơ quan
# Đảng tỉnh Ninh Bình' (a masthead, never a headline).
# An e-mail's header, when an article comes forwarded: 'Từ: … / Gửi: … / Đến: … / Chủ đề: …' (one block per
# message; the article follows the last).
EMAIL_FROM_LABELS = ("từ:", "from:")
EMAIL_SUBJECT_LABELS = ("chủ đề:", "subject:", "tiêu đề thư:")
EMAIL_HEADER_LINES = 6  # the subject at most so many lines after the sender
# A newspaper's tagline under its masthead: 'Cơ quan Trung ương của Đảng Cộng sản Việt Nam - Tiếng nói của Đảng,
# Nhà nước và nhân dân Việt Nam', 'Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh …' (never a headline).
MASTHEAD_TAGLINE_OPENINGS = ("cơ quan trung ương của", "cơ quan của", "cơ quan ngôn luận của", "tiếng nói của")
# A menu line: several short items between pipes ('Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên
# hệ'), at least this many, each of at most so many words.
MENU_MIN_ITEMS, MENU_ITEM_MAX_WORDS = 3, 4
# ... or a menu whose items only spaces part, opening with the home link: 'Trang chủ  Thời sự  Chính trị  Kinh tế …'
MENU_HOME_WORDS = ("trang chủ", "trang nhất", "home")
# ... or a site's whole menu, longer items among many ('Trang chủ | Thời sự | … | Quốc phòng - An ninh - Đối ngoại |
# Công tác tổ chức xây dựng Đảng | Tạp chí in').
LONG_MENU_MIN_ITEMS, LONG_MENU_ITEM_MAX_WORDS = 6, 8
PORTAL_NAME_OPENINGS = ("cổng thông tin điện tử", "trang thông tin điện tử", "cổng thông tin", "trang tin điện tử")

# --- Headline layout (clean.py's header reading) ---
# Where a person stands in a photo: "(trái)", "(bên phải)", "(bìa trái)", "(thứ hai từ trái sang)".
# Only a photo caption says this, so a line with one is a caption, never the headline.
PHOTO_POSITION_SIDES = ("trái", "phải", "giữa")
PHOTO_POSITION_TOWARD = ("sang", "qua")  # "(từ trái sang)"
PHOTO_POSITION_PREFIXES = ("bên", "bìa", "ở", "đứng", "ngồi", "hàng đầu", "hàng trước", "thứ \\w+ từ")
# Section names an outlet prints above (or, on a one-line scraped page, glued before) the
# headline: "Xây dựng Đảng Đồng chí A làm việc với …". Only names that do not open a headline
# themselves ("Nhân sự …", "Công tác tổ chức …" do, so they are not here).
# A page title that names the site, not the article: 'Cổng thông tin điện tử tỉnh Tuyên Quang - Tin tức'
# (old portals put no headline in their <title>); the headline is then read from the text.
SITE_TITLE_STARTS = ("cổng thông tin", "trang thông tin", "cổng giao tiếp", "website")
# ... or a page action, as a print view's <title> is ('In bài viết - Cổng Thông tin …'): the headline is then in the
# page's markup.
PAGE_ACTION_TITLES = ("in bài viết", "in bài", "in trang", "bản in", "bản để in", "print", "print article")
SECTION_NAMES = (
    "xây dựng đảng",
    "tổ chức xây dựng đảng",
    "thời sự",
    "chính trị",
    "thời sự - chính trị",
    "chính trị - xã hội",
    "xã hội",
    "tin tức",
    "tin tức - sự kiện",
    "tin tức sự kiện",
    "tin hoạt động",
    "thông tin hoạt động",
    "hoạt động lãnh đạo",
    "tin tổng hợp",
    "tin trong tỉnh",
    "trong tỉnh",
    "trong nước",
    "tin địa phương",
    "sự kiện",
    "tiêu điểm",
    "tin mới",
    "tin nổi bật",
    "tin ảnh",
    "chuyên đề",
    "diễn đàn",
    "nghiên cứu - trao đổi",
    "công tác đảng",
    "đảng và cuộc sống",
    "multimedia",
    "trang chủ",
)
# Share buttons and page tools that a scraper glues before the headline ("Chia sẻ Facebook Zalo …").
SHARE_WORDS = ("chia sẻ", "facebook", "zalo", "twitter", "email", "in bài", "copy link", "lưu", "theo dõi")
# Breadcrumb separators: "Trang chủ > Tin tức > Xây dựng Đảng".
# Spaced, as a date's never is: 'Trang chủ / Thời sự / Bản tin', 'Trang chủ | Tin tức - Sự kiện | Hoạt động của Bộ'.
BREADCRUMB_SEPARATORS = (">", "»", "›", "/", "|")
# Place-name abbreviations written with a full stop ("TP. Vinh", "TX. Sơn Tây"): not a sentence end.
DOTTED_PLACE_ABBREVIATIONS = ("TP", "Tp", "TX", "Tx", "Q", "P")  # "Q. Bình Thạnh", "P. Bến Nghé"
# Degrees written with a full stop before a name ('TS. Lê Thị B', 'PGS.TS. Trần Văn A'): not a sentence end.
DOTTED_DEGREES = ("TS", "ThS", "GS", "PGS", "BS", "TSKH", "BSCKII", "BSCKI", "NGƯT", "NGND")
# Words that take a date after them ("kỷ niệm Ngày 3/2", "vào Ngày 5/3"): a capitalised date right
# after one continues the sentence; it does not open a lead glued after a headline.
DATE_GOVERNING_WORDS = ("kỷ niệm", "nhân", "dịp", "vào", "từ", "đến", "trước", "sau", "trong", "là", "của", "và", "lúc")
# More openings only a photo description has (kept apart from the tuple above: merges stay clean).
ILLUSTRATION_CAPTION_STARTS = ("ảnh minh họa", "ảnh tư liệu", "ảnh minh hoạ")
# A clock or date widget labelled as the portal's present ("Hôm nay: 03/12/2026"): never a publication date.
TODAY_WORDS = ("hôm nay", "bây giờ", "ngày in")  # (a print view's 'Ngày in: 13/05/2019 08:31': the day it was printed)
# Words after which a name continues the sentence ("Dự hội nghị có Đồng chí A", "trao cho Ông B"):
# a capitalised form of address after one does not open a lead glued after a headline.
NAME_GOVERNING_WORDS = (
    "có",
    "của",
    "cho",
    "với",
    "và",
    "gồm",
    "là",
    "như",
    "tặng",
    "trao",
    "bầu",
    "cử",
    "mời",
    "chúc mừng",
    "gặp",
    "thăm",
    "tiếp",
    "thay",
    "theo",
    "đối với",
)

# --- Title grammar (#13) ---------------------------------------------------------------------
# A title phrase is: [status] position [organ ...] [level word] [place] [qualifiers], e.g.
# "nguyên | Phó Bí thư Thường trực | Huyện ủy | Lạc Dương | khóa XI". `transforms.titles` reads it.

# Positions several people hold at once (deputies, members): a newcomer does not end the others'
# holding (dim_title.sole_holder, the office_holders view). A "... Thường trực" deputy is one person.
SHARED_POSITION_STARTS = ("Phó", "Ủy viên", "Thành viên")
# A seat in a committee ('Ủy viên T.Ư Đảng', 'Tỉnh ủy viên'), held besides a post: not the post a move leaves.
SEAT_POSITION_START = "Ủy viên"
SOLE_POSITION_ENDS = ("Thường trực",)
# Status words before a position → dim_title.status.
TITLE_STATUS_WORDS = {"nguyên": "former", "tân": "new", "quyền": "acting"}
# Positions, as dim_title spells them; matched case- and tone-style-insensitively, longest first.
TITLE_POSITIONS = (
    "Tổng Bí thư",
    "Thường trực Ban Bí thư",
    "Bí thư",
    "Phó Bí thư",
    "Ủy viên Ban Thường vụ",
    "Ủy viên",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chủ nhiệm",
    "Phó Chủ nhiệm",
    "Trưởng Ban",
    "Phó Trưởng Ban",
    "Trưởng Tiểu ban",
    "Phó Trưởng Tiểu ban",
    "Trưởng Đoàn",
    "Phó Trưởng Đoàn",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
    "Chánh Thanh tra",
    "Phó Chánh Thanh tra",
    "Giám đốc",
    "Phó Giám đốc",
    "Tổng Giám đốc",
    "Phó Tổng Giám đốc",
    "Vụ trưởng",
    "Phó Vụ trưởng",
    "Cục trưởng",
    "Phó Cục trưởng",
    "Tổng cục trưởng",
    "Phó Tổng cục trưởng",
    "Bộ trưởng",
    "Thứ trưởng",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Tổng Thư ký",
    "Phó Tổng Thư ký",
    "Cụm trưởng",
    "Cụm phó",
    "Trưởng cụm",
    "Phó Trưởng cụm",
    "Trưởng khối",  # an emulation bloc's head, as a cluster's: 'Trưởng Khối thi đua'
    "Phó Trưởng khối",
    "Khối trưởng",  # ... written the other way round, as 'Cụm trưởng'
    "Khối phó",
    "Viện trưởng",
    "Phó Viện trưởng",
    "Hiệu trưởng",
    "Phó Hiệu trưởng",
    "Tổng Biên tập",
    "Phó Tổng Biên tập",
    "Chánh án",
    "Phó Chánh án",
    "Trợ lý",
    *STATE_AUDIT_POSITIONS,
    *CENTRAL_AGENCY_POSITIONS,
    *DIPLOMATIC_POSITIONS,
    "Tư lệnh",
    "Phó Tư lệnh",
    "Chính ủy",
    "Phó Chính ủy",
    "Trưởng Công an",
    "Phó Trưởng Công an",
    # the head of a village or residential group, elected by its people: 'Trưởng thôn Đông Cường'
    "Trưởng thôn",
    "Phó Trưởng thôn",
    "Trưởng ấp",
    "Trưởng bản",
    "Trưởng khu phố",
    "Trưởng xóm",
    "Trưởng bon",  # a M'nông or K'Ho village's: "Trưởng bon Đưng K'Si"
    "Trưởng buôn",  # the Central Highlands' villages: 'Trưởng buôn Kô Sier', 'Trưởng làng Ia Kreng'
    "Phó Trưởng buôn",
    "Trưởng làng",
    "Tổ trưởng tổ dân phố",  # a ward's residential group: 'Tổ trưởng tổ dân phố 7'
    "Chi cục trưởng",  # a department's branch: 'Chi cục trưởng Chi cục Văn thư - Lưu trữ tỉnh'
    "Phó Chi cục trưởng",
    "Quản đốc",  # the head of an enterprise's workshop: 'Quản đốc Phân xưởng Khai thác 3'
    "Phó Quản đốc",
    "Kế toán trưởng",  # an enterprise's chief accountant, a post appointed: 'Kế toán trưởng PVEP'
    # a village's elder and its people of prestige, titles of standing (kind 'other'): 'già làng plei Ia Mlá'
    "Già làng",
    "Người có uy tín",
    # the head of an association's branch: 'Chi hội trưởng Chi hội Leipzig', 'Chi hội trưởng Chi hội nông dân bản …'
    "Chi hội trưởng",
    "Chi hội phó",
    *MILITARY_COMMAND_POSITIONS,
    "Trưởng khoa",
    "Phụ trách",
    "Thành viên",
    # a civil servant's grade, a title with the body they serve: 'chuyên viên chính Sở Nông nghiệp và Môi trường'
    "Chuyên viên cao cấp",
    "Chuyên viên chính",
    "Chuyên viên",
    # a judge's and a juror's grades: 'Thẩm phán trung cấp TAND tỉnh', 'Hội thẩm nhân dân TAND tỉnh'
    "Thẩm phán cao cấp",
    "Thẩm phán trung cấp",
    "Thẩm phán sơ cấp",
    "Hội thẩm nhân dân",
    "Hội thẩm",
    # ... and a procurator's: 'Kiểm sát viên cao cấp, Viện trưởng Viện KSND tỉnh'
    "Kiểm sát viên cao cấp",
    "Kiểm sát viên trung cấp",
    "Kiểm sát viên sơ cấp",
    "Kiểm sát viên",
    # the governor of a Lao or Cambodian province, as Vietnamese papers write it: 'Tỉnh trưởng tỉnh Phôngsaly'
    "Tỉnh trưởng",
    "Phó Tỉnh trưởng",
)
# Other spellings of a position: written → (position, the organ it implies or None).
TITLE_POSITION_ALIASES = {
    "phó ban": ("Phó Trưởng Ban", None),
    "phó văn phòng": ("Phó Chánh Văn phòng", None),
    "ủy viên btv": ("Ủy viên Ban Thường vụ", None),
    "ủy viên thường vụ": ("Ủy viên Ban Thường vụ", None),
    "uvbtv": ("Ủy viên Ban Thường vụ", None),
    # grassroots portals shorten the seat: 'UV BTV Đảng ủy', 'UV BCH Đảng bộ xã'
    "uv btv": ("Ủy viên Ban Thường vụ", None),
    "uv bch": ("Ủy viên Ban Chấp hành", None),
    "uv.btv": ("Ủy viên Ban Thường vụ", None),  # ... or with a dot: 'UV.BTV Huyện ủy'
    "uv.bch": ("Ủy viên Ban Chấp hành", None),
    "ủy viên tvtu": ("Ủy viên Ban Thường vụ", "Tỉnh ủy"),
    "tvtu": ("Ủy viên Ban Thường vụ", "Tỉnh ủy"),
    "tỉnh ủy viên": ("Ủy viên", "Tỉnh ủy"),
    "thành ủy viên": ("Ủy viên", "Thành ủy"),
    "huyện ủy viên": ("Ủy viên", "Huyện ủy"),
    "quận ủy viên": ("Ủy viên", "Quận ủy"),
    "thị ủy viên": ("Ủy viên", "Thị ủy"),
    "đảng ủy viên": ("Ủy viên", "Đảng ủy"),
    "chi ủy viên": ("Ủy viên", "Chi ủy"),
    "uvtw": ("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    "uvtư": ("Ủy viên", "Ban Chấp hành Trung ương Đảng"),
    "uvbct": ("Ủy viên", "Bộ Chính trị"),
    "thường trực ban bí thư": ("Thường trực Ban Bí thư", "Ban Bí thư"),
    **{initials.lower(): (post, None) for initials, post in POSITION_INITIALS.items()},
}
# Words after a position that stay part of it: "Phó Bí thư Thường trực", "Ủy viên dự khuyết".
TITLE_POSITION_SUFFIXES = ("Thường trực", "dự khuyết", "chuyên trách")  # ('Phó Trưởng đoàn chuyên trách': full-time)
# The unit a position names in its own words: "Trưởng Ban Tổ chức" is head of "Ban Tổ chức",
# "Thứ trưởng Công an" of "Bộ Công an".
TITLE_POSITION_UNITS = {
    "Trưởng Ban": "Ban",
    "Phó Trưởng Ban": "Ban",
    "Trưởng Tiểu ban": "Tiểu ban",
    "Phó Trưởng Tiểu ban": "Tiểu ban",
    "Trưởng Đoàn": "Đoàn",
    "Phó Trưởng Đoàn": "Đoàn",
    "Trưởng phòng": "Phòng",
    "Phó Trưởng phòng": "Phòng",
    "Chánh Văn phòng": "Văn phòng",
    "Phó Chánh Văn phòng": "Văn phòng",
    "Chánh Thanh tra": "Thanh tra",
    "Phó Chánh Thanh tra": "Thanh tra",
    "Vụ trưởng": "Vụ",
    "Phó Vụ trưởng": "Vụ",
    "Cục trưởng": "Cục",
    "Phó Cục trưởng": "Cục",
    "Tổng cục trưởng": "Tổng cục",
    "Phó Tổng cục trưởng": "Tổng cục",
    "Bộ trưởng": "Bộ",
    "Thứ trưởng": "Bộ",
    "Cụm trưởng": "Cụm",
    "Cụm phó": "Cụm",
    "Trưởng cụm": "Cụm",
    "Phó Trưởng cụm": "Cụm",
    "Trưởng khối": "Khối",
    "Phó Trưởng khối": "Khối",
    "Khối trưởng": "Khối",
    "Khối phó": "Khối",
    "Viện trưởng": "Viện",
    "Phó Viện trưởng": "Viện",
    "Trưởng Công an": "Công an",  # the police of a district, commune or special zone ('Trưởng Công an xã')
    "Phó Trưởng Công an": "Công an",
}
# Positions that are national by themselves.
CENTRAL_POSITIONS = (
    "Tổng Bí thư",
    "Thường trực Ban Bí thư",
    "Chủ tịch nước",
    "Phó Chủ tịch nước",
    "Thủ tướng",
    "Phó Thủ tướng",
    "Tổng Thư ký",
    *STATE_AUDIT_POSITIONS,
    *CENTRAL_AGENCY_HEADS,  # the State Bank's governors, the Government's inspectors general
)
# Titles of kind "membership" (not a post in an organ).
MEMBERSHIP_TITLES = ("đảng viên", "đại biểu quốc hội", "đại biểu hội đồng nhân dân")
# ... of which these open a title phrase after a name, as a post does ('ông A, đại biểu Quốc hội tỉnh Nghệ An, Phó
# Giám đốc Sở Tư pháp'), also abbreviated; not 'đảng viên', a word of running text too ('A, đảng viên trẻ, …').
# (after the noun of a delegation or an office they name the members it serves, no new title: 'Trưởng đoàn Đại biểu
# Quốc hội tỉnh', 'Chánh Văn phòng Đại biểu Quốc hội và HĐND tỉnh')
MEMBERS_SERVING_BODIES = ("đoàn", "văn phòng")
MEMBERSHIP_TITLE_HEADS = {
    "đại biểu Quốc hội": "đại biểu Quốc hội",
    "ĐBQH": "đại biểu Quốc hội",
    "đại biểu Hội đồng nhân dân": "đại biểu Hội đồng nhân dân",
    "đại biểu HĐND": "đại biểu Hội đồng nhân dân",
}
# ... which also name what a unit handles, after a dash: 'Vụ Tổ chức - Đảng viên', 'Phòng Tổ chức cơ sở đảng -
# đảng viên' (the unit's name ends with one of these before the dash).
MEMBERS_UNIT_ENDS = ("đảng", "tổ chức")
# Party committees that carry their level in the word; a place name may follow them directly.
LEVEL_COMMITTEES = {
    "tỉnh ủy": "province",
    "thành ủy": None,
    "huyện ủy": "district",
    "quận ủy": "district",
    "thị ủy": "district",
}
# Level words: an organ's level, and what a place name follows ("Ủy ban nhân dân tỉnh Nghệ An").
LEVEL_WORDS = {
    "tỉnh": "province",
    "thành phố": None,
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",  # a special zone, beside communes and wards since 1 July 2025 ('đặc khu Vân Đồn')
}
# Villages, below the levels the warehouse keeps, named after the word in lower case as a place after a level word:
# 'già làng plei Ia Mlá', 'người có uy tín buôn Kô Tam', 'bản Huồi Giảng 1' ('Buôn Ma Thuột' is a city's name).
VILLAGE_WORDS = ("thôn", "bản", "ấp", "buôn", "làng", "plei", "bon", "xóm")
# Levels whose units may be numbered after the name, as villages are: the communes and wards made by the 2025
# mergers ('xã Đam Rông 3', 'phường Bảo Lộc 1').
NUMBERED_NAME_LEVELS = ("xã", "phường")
# Words that hold a level word as a syllable, no level: 'Sở Lao động - Thương binh và Xã hội tỉnh Nghệ
# An' (a province's department), 'Hợp tác xã Nông nghiệp Tân Lập' (a cooperative).
LEVEL_WORD_COMPOUNDS = ("xã hội", "hợp tác xã")
# Cities under the centre: "thành phố" with one of them is a province-level unit.
PROVINCE_CITIES = ("hà nội", "hồ chí minh", "thành phố hồ chí minh", "hải phòng", "đà nẵng", "cần thơ", "huế")
# Provinces and cities (the 63 of 2008-2025 and the merged names), places a title may name.
PROVINCES = tuple(
    f.strip()
    for f in """
an giang, bà rịa - vũng tàu, bà rịa vũng tàu, bạc liêu, bắc giang, bắc kạn, bắc ninh, bến tre, bình dương,
bình định, bình phước, bình thuận, cà mau, cao bằng, cần thơ, đà nẵng, đắk lắk, đắk nông, điện biên,
đồng nai, đồng tháp, gia lai, hà giang, hà nam, hà nội, hà tĩnh, hải dương, hải phòng, hậu giang,
hòa bình, hưng yên, khánh hòa, kiên giang, kon tum, lai châu, lâm đồng, lạng sơn, lào cai, long an,
nam định, nghệ an, ninh bình, ninh thuận, phú thọ, phú yên, quảng bình, quảng nam, quảng ngãi,
quảng ninh, quảng trị, sóc trăng, sơn la, tây ninh, thái bình, thái nguyên, thanh hóa, thừa thiên huế,
thừa thiên - huế, tiền giang, thành phố hồ chí minh, hồ chí minh, trà vinh, tuyên quang, vĩnh long,
vĩnh phúc, yên bái, huế
""".replace("\n", " ").split(",")
)
# The police's departments (Cục of the ministry, Phòng of a province) named for what they handle, in lower case
# after 'Cảnh sát' and with 'về' or commas inside, which elsewhere end a title: taken whole.
POLICE_UNIT_NAMES = (
    "Cảnh sát quản lý hành chính về trật tự xã hội",
    "Cảnh sát điều tra tội phạm về trật tự xã hội",
    "Cảnh sát điều tra tội phạm về ma túy",
    "Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu, môi trường",
    "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Cảnh sát thi hành án hình sự và hỗ trợ tư pháp",
    "Cảnh sát quản lý trại giam, cơ sở giáo dục bắt buộc, trường giáo dưỡng",
    "Cảnh sát phòng, chống tội phạm về môi trường",
    "Công tác đảng và công tác chính trị",  # a province's police department ('Phòng Công tác đảng và …')
    "An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
)
# A unit numbered within its body's series, in lower case after the body: 'Kiểm toán trưởng KTNN chuyên ngành Ia',
# 'Phó Kiểm toán trưởng KTNN khu vực IV', 'Cục trưởng Cục … và thanh tra khu vực I' (the number follows the words).
UNIT_SERIES_WORDS = ("khu vực", "chuyên ngành")
# Organ names with a comma inside (from their head word on): no comma of theirs ends the title there.
ORGAN_NAMES_WITH_COMMA = (
    "Ban Chính sách, Chiến lược Trung ương",
    "Văn hóa, Thể thao và Du lịch",  # Bộ, Sở
    "Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng",  # committees of the National Assembly
    "Văn hóa, Giáo dục",
    "Khoa học, Công nghệ và Môi trường",
    "Quốc phòng, An ninh và Đối ngoại",
    "Báo và Phát thanh, Truyền hình",  # a province's merged press, radio and television (2025)
    "phòng, chống",  # 'prevent and combat', in the names of the units that do it
    "khiếu nại, tố cáo",  # 'complaints and denunciations': 'Cục Giải quyết khiếu nại, tố cáo và thanh tra khu vực I'
    "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực",  # of a province or district, since 2022
    "Công chức, viên chức",  # a Home Affairs department's unit: 'Trưởng phòng Công chức, viên chức Sở Nội vụ'
    "Tổ chức, biên chế và tổ chức phi chính phủ",  # another (or "Phòng Tổ chức, biên chế" before 2020)
    "Tổ chức, biên chế",
    # an Organisation Commission's units: 'Trưởng phòng Tổ chức đảng, đảng viên' (or with a dash)
    "Tổ chức cơ sở đảng, đảng viên",
    "Tổ chức đảng, đảng viên",
    "Cơ sở đảng, đảng viên",  # the Central Organisation Commission's 'Vụ Cơ sở đảng, đảng viên'
    "Kinh tế, Hạ tầng và Đô thị",  # a commune's office since 2025: 'Phòng Kinh tế, Hạ tầng và Đô thị xã Chiềng Hoa'
    "Đảng ủy Mặt trận Tổ quốc, các đoàn thể",  # of a province or city since 2025, with its level word after
    *(name for name in POLICE_UNIT_NAMES if "," in name),
)
# Heads of an enterprise: the capitalised words after one (or after its legal form, ENTERPRISE_FORMS) are the
# enterprise's name, however many: 'Công ty TNHH Hoàng Long Phát' (a family name there opens no person's name).
ENTERPRISE_HEADS = ("công ty", "tổng công ty", "tập đoàn", "hợp tác xã", "liên hiệp hợp tác xã", "nhà máy", "xí nghiệp")
# Organ heads. A named head takes a name after it ("Ban Tổ chức", "Vụ Địa phương I", "Đảng ủy xã");
# a closed one is a whole body ("Tỉnh ủy", "Quốc hội") that only a level word, a place or another
# organ may follow.
NAMED_ORGAN_HEADS = (
    "đảng ủy cơ quan",
    "đảng ủy khối",
    "ban",
    "tiểu ban",
    "ủy ban",
    "hội đồng",
    "vụ",
    "cục",
    "tổng cục",
    "chi cục",
    "phân xưởng",
    "sở",
    "phòng",
    "văn phòng",
    "trung tâm",
    "đoàn",
    "cụm",
    "bộ",
    "công an",
    "thanh tra",
    "mặt trận",
    "đảng ủy",
    "đảng đoàn",
    "đảng bộ",
    "chi bộ",
    "khối",
    "học viện",
    "trường",
    "viện",
    "hội",
    "báo",
    "tạp chí",
    "đài",
    "tòa án",
    "viện kiểm sát",
    "quân khu",
    "bộ chỉ huy",
    "bộ tư lệnh",  # 'Phó Tư lệnh Bộ Tư lệnh Cảnh sát cơ động' (a commander's post inside its name)
    "bệnh viện",
    "đại sứ quán",  # 'Tham tán Công sứ, Đại sứ quán Việt Nam tại Đức'
    "tổng lãnh sự quán",
    "đồn",  # 'phụ trách Đồn Biên phòng Huổi Puốc'
    # enterprises: 'Giám đốc Hợp tác xã Nông sản sạch Lục Ngạn', 'Công ty cổ phần Xi măng …'
    *ENTERPRISE_HEADS,
    "ngân hàng",
)
# ... a federation: 'giao phụ trách Liên đoàn Lao động tỉnh' (kept apart for the merge)
NAMED_ORGAN_HEADS += ("liên đoàn",)
# An enterprise's legal form, abbreviated inside its name: the name goes on after it, in lower case too
# ('Công ty TNHH một thành viên Thủy lợi Phú Thọ', 'Công ty CP Xi măng …').
ENTERPRISE_FORMS = ("TNHH", "MTV", "CP")
CLOSED_ORGANS = (
    "tỉnh ủy",
    "thành ủy",
    "huyện ủy",
    "quận ủy",
    "thị ủy",
    "quân ủy trung ương",
    "đảng ủy công an trung ương",
    "trung ương đảng",
    "trung ương",
    "quốc hội",
    "chính phủ",
    "bộ chính trị",
    "ban bí thư",
    "nhà nước",
    "chủ tịch nước",
    "đoàn chủ tịch",  # the presidium of a front, union or congress: 'Ủy viên Đoàn Chủ tịch Tổng Liên đoàn …'
    "đảng",
)
# Bodies that, after another organ, are its parent: "Vụ Địa phương I, Ban Tổ chức Trung ương".
PARENT_ORGAN_STARTS = ("Ban ", "Ủy ban Thường vụ", "Bộ ")
# Words that join a unit to its parent body: "Ban Dân nguyện thuộc Ủy ban Thường vụ Quốc hội",
# "Vụ Tổ chức - Cán bộ cơ quan Ban Tổ chức Trung ương" (besides a comma).
PARENT_LINKS = ("thuộc", "cơ quan")
# Of these, the ones that make whatever body follows the parent ("cơ quan" only before PARENT_ORGAN_STARTS).
PARENT_OF_WORDS = ("thuộc",)
# Names written in lower case that a named head takes whole: "Đảng ủy Khối các cơ quan và doanh nghiệp
# tỉnh", "Đảng ủy Khối doanh nghiệp Trung ương" (a level word or a place may follow them).
# A school's type in lower case between its level and its name: 'Trường THPT chuyên Thăng Long - Đà Lạt'.
SCHOOL_TYPE_WORDS = ("chuyên",)
LOWER_CASE_ORGAN_NAMES = (
    # the one office of a province's National Assembly delegation and People's Council (since 2021): 'Chánh Văn
    # phòng Đoàn ĐBQH và HĐND tỉnh', whose 'và' joins no two titles
    "đại biểu Quốc hội và Hội đồng nhân dân",
    "ĐBQH và HĐND",
    "các cơ quan và doanh nghiệp",
    "cơ quan và doanh nghiệp",
    "các cơ quan",
    "doanh nghiệp",
    # a province's project boards, one for each kind of works (since 2016): 'Giám đốc Ban Quản lý dự án đầu tư xây
    # dựng các công trình giao thông tỉnh'
    "Quản lý dự án đầu tư xây dựng các công trình giao thông",
    "Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
    "Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển nông thôn",
    "Quản lý dự án đầu tư xây dựng",  # a district's or province's project board: longer than a lower-case run
    # a province's board of its industrial or economic zones: 'Phó Trưởng Ban Quản lý các khu công nghiệp tỉnh'
    "Quản lý khu kinh tế và các khu công nghiệp",
    "Quản lý các khu công nghiệp",
    "Quản lý các khu kinh tế",
    "Quản lý khu kinh tế",
    # the Government's commission for the state's capital in its corporations (2018-2025): 'Phó Chủ tịch Ủy ban
    # Quản lý vốn nhà nước tại doanh nghiệp', whose 'tại' names no seat
    "Quản lý vốn nhà nước tại doanh nghiệp",
    *POLICE_UNIT_NAMES,
    # the fields of ministries and of their departments and offices, which some outlets write in sentence case:
    # 'trưởng Phòng Tài nguyên và môi trường huyện Hàm Thuận Nam', whose 'và' joins no two titles
    "Tài nguyên và môi trường",
    "Nông nghiệp và phát triển nông thôn",
    "Nông nghiệp và môi trường",
    "Kế hoạch và đầu tư",
    "Khoa học và công nghệ",
    "Giáo dục và đào tạo",
    "Thông tin và truyền thông",
    "Văn hóa và thông tin",
    "Kinh tế và hạ tầng",
    "Dân tộc và tôn giáo",
    # ... and the boards of a People's Council: 'trưởng Ban Kinh tế - ngân sách', 'Ban Văn hóa - xã hội'
    "Kinh tế - ngân sách",
    "Văn hóa - xã hội",
    # ... and a ministry's abbreviation with its 'và' written out: 'Thứ trưởng Bộ LĐ-TB và XH'
    "LĐ-TB và XH",
    "LĐTB và XH",
)
# Lower-case words that join the words of an organ's name: "Ban Tuyên giáo và Dân vận", "Đại hội XIV của Đảng".
ORGAN_NAME_LINKS = ("và", "và các", "của", "thuộc", "cơ quan", "các cơ quan", "các", "số")
# Heads of an office or standing body that serves two bodies at once: 'Văn phòng HĐND và UBND huyện' is one
# office, where 'Sở GDĐT và UBND huyện' are two parties.
SHARED_OFFICE_HEADS = ("văn phòng", "thường trực")
# Abbreviations inside titles → their words (as dim_title spells them).
TITLE_ABBREVIATION_WORDS = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc Việt Nam",
    "MTTQVN": "Mặt trận Tổ quốc Việt Nam",
    "T.Ư": "Trung ương",
    "TƯ": "Trung ương",
    "TW": "Trung ương",
    "BTV": "Ban Thường vụ",
    "BCH": "Ban Chấp hành",
    "ĐBQH": "đại biểu Quốc hội",
    "UBKT": "Ủy ban Kiểm tra",
    "TAND": "Tòa án nhân dân",
    "VKSND": "Viện kiểm sát nhân dân",
    "LHPN": "Liên hiệp Phụ nữ",  # 'Hội LHPN tỉnh', also introduced in brackets: 'Hội Liên hiệp Phụ nữ (LHPN)'
    "LHTN": "Liên hiệp Thanh niên",
    "CCQ": "các cơ quan",
    "BCĐ": "Ban Chỉ đạo",
    "BTC": "Ban Tổ chức",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "LĐ-TB&XH": "Lao động - Thương binh và Xã hội",
    "LĐTB&XH": "Lao động - Thương binh và Xã hội",
    "GD&ĐT": "Giáo dục và Đào tạo",
    "GD-ĐT": "Giáo dục và Đào tạo",
    "TN&MT": "Tài nguyên và Môi trường",
    "NN&PTNT": "Nông nghiệp và Phát triển nông thôn",
    "KH&ĐT": "Kế hoạch và Đầu tư",
    "VH-TT&DL": "Văn hóa - Thể thao và Du lịch",
    "TP": "thành phố",
    "TP.": "thành phố",
    "Tp": "thành phố",
    "Tp.": "thành phố",
    "TX": "thị xã",
    "TX.": "thị xã",
}
# ... trade unions' ('Chủ tịch LĐLĐ tỉnh' is 'Chủ tịch Liên đoàn Lao động tỉnh'): kept apart for the merge
TITLE_ABBREVIATION_WORDS |= {"LĐLĐ": "Liên đoàn Lao động"}
# Abbreviations that are a city: the level word and the place at once.
CITY_ABBREVIATIONS = {
    "TPHCM": "Thành phố Hồ Chí Minh",
    "TP.HCM": "Thành phố Hồ Chí Minh",
    "TP.Hồ Chí Minh": "Thành phố Hồ Chí Minh",
}
# Lower-case words that close a body's name after it, as part of the name: the Supreme People's Court and
# Procuracy ('Phó Chánh án TAND tối cao', 'Viện kiểm sát nhân dân tối cao'), national bodies.
ORGAN_NAME_ENDINGS = ("tối cao", "cấp cao")
# ... of which the high courts and procuracies name their seat after 'tại' (DIPLOMATIC_POST_WORD): 'Phó Viện
# trưởng VKSND cấp cao tại Thành phố Hồ Chí Minh', 'Tòa án nhân dân cấp cao tại Đà Nẵng'.
SEATED_ORGAN_ENDINGS = ("cấp cao",)
# Organs that mark a national body, and level words' stand-ins.
CENTRAL_MARKERS = (
    "trung ương",
    "quốc hội",
    "bộ chính trị",
    "ban bí thư",
    "chủ tịch nước",
    "chính phủ",
    "của đảng",
    "toàn quốc",
    *ORGAN_NAME_ENDINGS,
    # The Party's regional steering committees are central bodies.
    "ban chỉ đạo tây nguyên",
    "ban chỉ đạo tây bắc",
    "ban chỉ đạo tây nam bộ",
)
# Organ heads whose level is fixed: a "Phòng" is a district's, a "Sở" a province's, a "Vụ" or "Cục" national.
HEAD_LEVELS = {
    "phòng": "district",
    "sở": "province",
    "vụ": "central",
    "cục": "central",
    "tổng cục": "central",
    "bộ": "central",
}
# Qualifiers left out of an organ: "khóa XV" (a course: kept in the stored title), "nhiệm kỳ 2020-2025"
# (a term: ends the title), "năm 2025" (a year); "lần thứ XIV" stays in the organ's name.
TITLE_COURSE_WORDS = ("khóa", "khoá")
TITLE_TERM_WORDS = ("nhiệm kỳ",)
TITLE_YEAR_WORDS = ("năm",)
TITLE_ORDINAL_WORDS = ("lần thứ",)
# A body set up for the time being ("Đảng ủy xã lâm thời", after a merger): a qualifier that stays.
TITLE_PROVISIONAL_WORDS = ("lâm thời",)
# The country's name, which "MTTQ" already holds ("Ủy ban MTTQ Việt Nam" → written once).
COUNTRY_NAME = "Việt Nam"
# Words after which a title phrase has ended: the sentence goes on with a verb or a preposition.
# (The grammar ends most titles before them; these guard the lower-case words of organ names.)
TITLE_END_WORDS = (
    "tham gia",
    "thôi",
    "chỉ định",
    "do",
    "thay",
    "cho",
    "đối với",  # 'cho thôi giữ chức Giám đốc Sở Nội vụ đối với ông A': the person it is said of
    "từ",
    "kể từ",  # 'giữ chức Giám đốc Sở Tư pháp kể từ ngày 15/11/2025': the day it takes effect
    "đến",
    "tới",
    "bày tỏ",
    "cảm ơn",
    "hứa",
    "cam kết",
    "tin tưởng",
    "báo cáo",  # 'Trưởng Ban Tổ chức Tỉnh ủy Nghệ An báo cáo việc …' ('Báo cáo viên' is a title: NOT_TITLE_STOPS)
    "ứng cử",
    "chuẩn y",
    "thừa",
    "kiêm",
    "điều động",
    "biệt phái",
    "bổ nhiệm",
    "luân chuyển",
    "phân công",
    "giới thiệu",
    "trúng cử",
    "bầu",
    "ảnh",
    "thay mặt",
    "nghỉ",
    "xin",
    "giữ",
    "tiếp tục",
    "và",
    "gồm",  # 'Đoàn Chủ tịch Đại hội gồm 3 đồng chí: …': the list of its members follows, no word of a name
    # a fault a discipline report tells of the person: 'A, Kế toán trưởng Tổng công ty thiếu trách nhiệm trong …'
    "thiếu trách nhiệm",
    "buông lỏng",
    # 'Giám đốc Đại học Quốc gia giao ông A phụ trách …': the verb of a clause, handing a person a task; a bare
    # 'giao' is a word of names too ('Bộ Ngoại giao', 'Phòng Cảnh sát giao thông')
    *(f"giao {form}" for form in (*ADDRESS_FORMS, "cho", "nhiệm vụ")),
)
# Verbs that hand a person a second title after the first: "..., kiêm Giám đốc Trung tâm ...".
SECOND_TITLE_VERBS = ("kiêm nhiệm chức vụ", "kiêm nhiệm", "kiêm")
# Verbs that give a person the title written after them, in any of the forms
# [tiếp tục] [được] VERB [giữ chức | làm ...]: "được bầu giữ chức Bí thư ...", "tái đắc cử Bí thư ...".
TITLE_GIVING_VERBS = (
    "bầu",
    "bầu bổ sung",
    "bầu lại",  # 'Anh A được bầu lại làm Bí thư Tỉnh đoàn': re-elected
    "tái đắc cử",
    "tái cử",  # the same, shorter: 'Thiếu tá A tái cử Chủ nhiệm Ủy ban Kiểm tra'
    "trúng cử",
    "bổ nhiệm",
    "bổ nhiệm lại",
    "chỉ định",
    "điều động",
    "hiệp thương cử",  # the Fatherland Front's election, by consultation
)
TITLE_GIVING_BEFORE = ("tiếp tục được", "tiếp tục", "vừa được", "đã được", "được")  # "đã được bổ nhiệm giữ chức …"
TITLE_GIVING_AFTER = ("giữ chức vụ", "giữ chức", "giữ nhiệm vụ", "làm", "chức vụ", "chức danh", "chức")
# "chức danh Bí thư Tỉnh ủy X đối với đồng chí Y": the title named before the person it is given to.
TITLE_NOUNS = ("chức vụ", "chức danh", "chức", "chuẩn y")
TITLE_TO_PERSON = ("đối với", "cho")
# Middle names so common that a capitalised run "X Thị Y", "X Văn Y" is a name whatever X is
# ("Văn Thị Bạch Tuyết": Văn is a family name too rare for SURNAMES).
MIDDLE_NAMES = ("thị", "văn")
# Positions that are a person's title only with the organ after them: a delegation's "Trưởng đoàn"
# is no title (LABELING.md), nor "phụ trách" followed by a verb ("phụ trách điều hành ...").
# ... nor a grade alone ('lãnh đạo, chuyên viên các phòng', 'CV: Chuyên viên').
POSITIONS_NEEDING_ORGAN = (
    "trưởng đoàn",
    "phó trưởng đoàn",
    "phụ trách",
    "chuyên viên cao cấp",
    "chuyên viên chính",
    "chuyên viên",
)
# Nor with the task a delegation was sent on after it: 'Trưởng Đoàn công tác (số 7) của Bộ Chính trị',
# 'Trưởng Đoàn kiểm tra 1220 của Bộ Chính trị' (a delegation, not a standing organ like 'Đoàn ĐBQH tỉnh').
TASK_DELEGATION_WORDS = ("công tác", "kiểm tra", "giám sát", "khảo sát")
# "được <organ> <verb> giữ chức vụ X": the body that gives the title named between ("được Quốc hội tín
# nhiệm giữ chức", "được Bộ Chính trị điều động giữ chức vụ"); the title follows one of these.
TITLE_BY_AGENT_WORD = "được"
TITLE_BY_AGENT_AFTER = ("giữ chức vụ", "giữ chức", "giữ nhiệm vụ", "làm")
TITLE_BY_AGENT_VERBS = ("tín nhiệm", "bầu", "điều động", "phân công", "bổ nhiệm", "chỉ định", "luân chuyển")
# "chỉ định bà A sinh năm 1981 giữ chức Bí thư Huyện ủy X", "A, ... được Ban Chấp hành bầu giữ chức X":
# the post a change gives, written away from the name; it goes to the nearest name before it in
# the sentence (transforms.persons).
POST_TAKING_WORDS = (
    "giữ chức vụ",
    "giữ chức danh",
    "giữ chức",
    "đảm nhiệm chức vụ",
    "đảm nhận chức vụ",
    # 'A, 49 tuổi, được Thủ tướng bổ nhiệm làm Thứ trưởng Nội vụ': a change's verb with 'làm' (as)
    "bổ nhiệm làm",
    "bầu làm",
    "chỉ định làm",
    "phân công làm",
    "điều động làm",
)
# Right before the post-taking words, these make the post one held before, in a career told: 'từng giữ
# chức X' (the gold sets give no title for it; 'thôi giữ chức X', a post left now, is a title they keep).
POST_LEFT_BEFORE = ("từng", "đã từng", "trước đây")
# Words in the sentence before the post that make it only intended, not held (LABELING.md:
# "posts only nominated or intended are not the person's titles").
# "cho đến khi có nhân sự giữ chức X": someone else, later.
POST_INTENDED_WORDS = (
    "giới thiệu",
    "đề cử",
    "ứng cử",
    "dự kiến",
    "đề xuất",
    "đề nghị",
    "quy hoạch",
    "sẽ",
    "đến khi",
    "nhân sự",
    "để bầu",
    "để cử",
    "để hiệp thương",  # 'để hiệp thương cử giữ chức X': the Front's committee elects by consultation, later
    "để được",  # 'điều động A đến UBND để được bổ nhiệm giữ chức X': another body's later act
)
# A title the person holds now, in parentheses after a former one: 'nguyên Phó Chủ tịch UBND huyện (nay là
# Phó Giám đốc Sở Giao thông vận tải)'.
NOW_TITLE_INTROS = ("nay là", "hiện là")
# ... and the title held when a change told was made: 'điều động ông A, khi đó là Phó Trưởng Ban Tổ chức Thành ủy, …'.
THEN_TITLE_INTROS = ("khi đó là", "lúc đó là", "khi ấy là", "lúc ấy là")
# "Các ông A, B và C lần lượt giữ chức X, Y và Z": the i-th post is the i-th name's. Titles the names
# share come before it: "Các ông Dũng, Lực, Bảy hiện là Tỉnh ủy viên, lần lượt giữ chức ...".
RESPECTIVELY_WORDS = ("lần lượt là", "lần lượt")
# ... and the decisions cited for them, in the same order: '(tương ứng các Quyết định số 363/… và 364/…)'.
RESPECTIVE_DECISION_WORDS = ("tương ứng", "lần lượt")
SHARED_TITLE_INTROS = ("hiện đều là", "hiện là", "đều là", "là")

# --- Event identity (#14, transforms/events.py) -----------------------------------------------
# One body, two names (folded, as the title grammar leaves them): the executive committee of a
# locality's Party organisation is its Party committee ('Ban Chấp hành Đảng bộ tỉnh' = 'Tỉnh ủy').
EVENT_ORGAN_SYNONYMS = {
    "ban chấp hành đảng bộ tỉnh": "tỉnh ủy",
    "ban chấp hành đảng bộ thành phố": "thành ủy",
    "ban chấp hành đảng bộ huyện": "huyện ủy",
    "ban chấp hành đảng bộ quận": "quận ủy",
    "ban chấp hành đảng bộ thị xã": "thị ủy",
}

# A paragraph opening with a working day of the meeting by its order ('Ngày làm việc đầu tiên, … HĐND tỉnh đã bầu
# …'): its changes are on that day of the meeting, counted from its first.
WORKING_DAY_WORDS = ("ngày làm việc", "phiên làm việc")
# The report a day after these dates ('Theo thông báo của Ủy ban Kiểm tra Trung ương tối 13.3, trong 2 ngày 10 và
# 11.3, … Ủy ban Kiểm tra Trung ương họp …'): the day it was told, not the meeting's.
REPORTED_BY_WORDS = ("theo thông báo", "theo thông cáo báo chí", "theo thông cáo", "theo tin")
WORKING_DAY_ORDINALS = {"đầu tiên": 0, "thứ nhất": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "cuối cùng": None}
# The first session of the committee a congress has just elected ('Tại phiên họp thứ nhất, Ban Chấp hành đã bầu
# Ban Thường vụ …'): the changes told after it are on the day its clause names, else on the congress's last day.
NEW_COMMITTEE_FIRST_SESSION_WORDS = (
    "hội nghị lần thứ nhất",  # 'Tại Hội nghị lần thứ nhất tối 15/10, Ban Chấp hành đã bầu …'
    "phiên họp thứ nhất",
    "phiên họp lần thứ nhất",
    "phiên họp đầu tiên",
    "phiên thứ nhất",
)

# --- Appointments: personnel changes (#14, transforms/appointments.py) ---------------------------
# The verbs of a personnel change, per fact_appointment.action (LABELING.md, "appointments"). One
# entry per verb: "điều động, phân công, chỉ định" is three changes.
# 'Bổ nhiệm lại ông A, giám đốc Sở X, thời hạn 5 năm': a verb ending so renews the post the person holds.
APPOINTMENT_AGAIN_WORD = "lại"
# A term in office extended, which renews the post like 'bổ nhiệm lại': 'kéo dài thời gian giữ chức vụ Giám đốc Sở
# Xây dựng đối với ông A', '… giữ chức vụ đối với ông A, Giám đốc Sở Xây dựng, đến thời điểm đủ tuổi nghỉ hưu'.
TERM_EXTENSION_VERBS = (
    "kéo dài thời gian giữ chức vụ",
    "kéo dài thời gian giữ chức",
    "kéo dài thời hạn giữ chức vụ",
    "kéo dài thời hạn giữ chức",
)
# 'công nhận kết quả bầu', 'công nhận đồng chí A giữ chức X': a superior body's recognition of an election, an
# approval; not of a member's probation ended, a title or a standard met ('công nhận đảng viên chính thức cho …').
RECOGNITION_VERB = "công nhận"
RECOGNITION_NOT_CHANGE_AFTER = ("đảng viên chính thức", "đảng viên", "danh hiệu", "đạt chuẩn", "đạt")
APPOINTMENT_VERBS = {
    "appoint": ("bổ nhiệm", "bổ nhiệm lại", *TERM_EXTENSION_VERBS),
    # 'phê chuẩn kết quả bầu': the Prime Minister's approval of a People's Council election
    "approve": ("chuẩn y", "phê chuẩn", RECOGNITION_VERB),
    # 'hiệp thương cử': the Fatherland Front's election, by consultation ('được hiệp thương cử giữ chức Chủ tịch')
    # ('bầu thay thế Đại tá A … làm Ủy viên UBND tỉnh': a by-election, A the one elected, not the one replaced)
    "elect": (
        "bầu",
        "bầu bổ sung",
        "bầu thay thế",
        "tái đắc cử",
        "tái cử",
        "trúng cử",
        "tín nhiệm giữ chức",
        "hiệp thương cử",
    ),
    "assign": ("phân công", "giao phụ trách", "giao quyền"),
    "transfer": ("điều động", "luân chuyển", "biệt phái", "chuyển công tác"),
    "designate": ("chỉ định",),
    "nominate": ("giới thiệu",),
    # ('thôi chỉ định … giữ chức Bí thư Đảng đoàn': a designation withdrawn)
    "relieve": (
        "thôi giữ chức",
        "miễn nhiệm",
        "cho thôi",
        "bãi nhiệm",
        "cách chức",
        "thôi chức",
        "thôi chức vụ",
        "thôi chỉ định",
    ),
    # 'cho Đại tá A nghỉ công tác để hưởng chế độ hưu trí': the police's and the army's wording
    "retire": ("nghỉ hưu", "nghỉ chờ hưu", "nghỉ công tác để hưởng chế độ hưu trí", "hưởng chế độ hưu trí"),
}
# A move's destination right after its verbs, with no post named ('…; điều động đồng chí đến nhận công tác tại
# Ban Tổ chức Trung ương'): the move is told, of the person the clause before named.
MOVE_DESTINATION_WORDS = ("đến nhận công tác", "về nhận công tác", "đến công tác", "về công tác")
# ... then where: 'tại' or a body's name ('về công tác tại Ban Tổ chức …'; not 'về công tác cán bộ', about personnel)
MOVE_DESTINATION_AT = "tại"
# A document's subject ('Quy định số 80-QĐ/TW … về phân cấp quản lý cán bộ và bổ nhiệm, giới thiệu cán bộ
# ứng cử'): change verbs after these words whose object is staff in general are its title, no change.
DOC_SUBJECT_WORDS = ("về", "về việc")
# ... unless the person named before received the decision: its subject is their change ('bà A, Phó Giám đốc Sở Nội
# vụ, nhận Quyết định số 847/QĐ-UBND … về việc điều động, bổ nhiệm giữ chức Phó Giám đốc Sở Tư pháp').
DECISION_RECEIVING_VERBS = ("nhận", "đón nhận", "được trao")
# ... not one who receives it on a body's behalf ('A thay mặt Ban Thường vụ Huyện ủy nhận Quyết định … về việc chỉ định
# Phó Bí thư Huyện ủy'): the decision moves someone else.
RECEIVING_FOR_WORDS = ("thay mặt", "đại diện")
# A change verb made a noun ('Theo đồng chí A, việc bổ nhiệm Giám đốc Sở Nội vụ được thực hiện đúng quy trình'): the
# act is talked about; the person named before is no one it moves (its object, when named, follows it).
NOMINALISING_WORDS = ("việc",)
GENERIC_STAFF_WORDS = ("cán bộ", "công chức", "viên chức", "nhân sự")
# 'thôi giữ chức X để nghỉ hưu': the verbs of a retirement, read after a post left.
RETIRE_VERBS = APPOINTMENT_VERBS["retire"]
# Verbs whose subject is the person (written before it): "ông A tái đắc cử ...", "bà B nghỉ hưu".
APPOINTMENT_SUBJECT_VERBS = (
    "tái đắc cử",
    "tái cử",
    "trúng cử",
    "thôi giữ chức",
    "thôi chức",
    "thôi chức vụ",
    *RETIRE_VERBS,
    "chuyển công tác",
)
# Words that make a verb word something else: "bầu cử" (an election), "bầu không khí" (mood),
# "giới thiệu sách", "nghỉ hưu trí" …; folded, compared with the words right after the verb.
APPOINTMENT_NOT_AFTER = ("cử", "không khí", "ra", "chọn")
# Changes a body makes by its own vote at a session, as an election is: 'Ủy ban Kiểm tra Trung ương quyết
# định: … cách chức Bí thư Huyện ủy … đối với ông A' (the session's act, on its day; a decision cited
# elsewhere in the article, such as the one that ordered the inspection, is not its decision).
SESSION_ACT_VERBS = ("cách chức",)
# ... and any change its sentence tells was voted: 'Với 100% đại biểu có mặt biểu quyết tán thành, HĐND tỉnh đã miễn
# nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông A' (the Party's decision that moved A is not the council's).
SESSION_VOTE_WORDS = ("biểu quyết", "tán thành", "bỏ phiếu")
# "giới thiệu" is a nomination only when the sentence says for what: "giới thiệu A ứng cử / để bầu".
NOMINATION_CUES = ("ứng cử", "bầu", "đề cử", "tham gia", "hiệp thương")
# ... and none when its nominator follows: 'Trên cơ sở giới thiệu của Ban Thường vụ Tỉnh ủy, … bầu …' (a basis).
NOT_NOMINATION_AFTER = ("của",)
# An election held, with no verb of a change: 'các đại biểu đã tiến hành bầu cử bằng hình thức bỏ phiếu kín. Kết quả
# như sau:' ¶ '- Chức vụ Chủ tịch UBND tỉnh: đồng chí A' (the result lines under it are elections).
ELECTION_HELD_WORDS = ("bầu cử",)
# A request is not a change: "xin thôi giữ chức", "đơn xin nghỉ hưu", "nguyện vọng nghỉ hưu".
APPOINTMENT_REQUEST_BEFORE = ("xin", "xin cho", "đơn xin", "nguyện vọng", "đề nghị cho")
# 'phê chuẩn miễn nhiệm chức vụ Chủ tịch UBND tỉnh đối với ông A': an approval written right before another
# change verb (optionally after one of these) is that change, made by the approving body; not an approval of a
# post, but for an election's result or an appointment proposed: 'phê chuẩn kết quả bầu bà B giữ chức …', 'phê chuẩn
# việc bổ nhiệm ông C giữ chức Bộ trưởng' (the National Assembly's; the President's decision appoints).
APPROVED_CHANGE_WORDS = ("kết quả", "việc", "đề nghị")
# A noun the verb completes is no change: "đủ tuổi nghỉ hưu nên không tham gia" (the age of retiring).
# ("phê chuẩn kết quả bầu bà A" is the approval of an election, not a second one: APPROVED_CHANGE_WORDS;
# "công bố kết quả bầu ông A giữ chức …" does tell the election.)
APPOINTMENT_NOUN_BEFORE = ("tuổi",)
# A plan is not a change either: "dự kiến bổ nhiệm", "sẽ bầu", "quy hoạch", "đề xuất điều động";
# "để bầu" after a nomination is the nomination's aim, not an election.
APPOINTMENT_PLAN_BEFORE = (
    "dự kiến",
    "sẽ",
    "sẽ được",
    "đề xuất",
    "quy hoạch",
    "chuẩn bị",
    "để",
    "để được",
    "ứng cử",
    "nếu",
    "chưa",
    "không",
    "thẩm quyền",
    "quy trình",
    "trước khi",
    "tiêu chuẩn",
    "đến khi",  # 'giao quyền Giám đốc … cho đến khi bổ nhiệm Giám đốc Sở': until a change to come
    "đến khi có quyết định",  # '… cho đến khi có quyết định bổ nhiệm Tổng giám đốc mới'
    "tới khi",
    "tới khi có quyết định",
    "xem xét",  # 'đề nghị Chủ tịch UBND huyện xem xét cách chức …': a change asked for
)
# A purpose or a plan a few words before the verb: "để được tiếp nhận, bổ nhiệm …", "để HĐND xã bầu …".
# ('cho đến khi HĐND tỉnh bầu Chủ tịch UBND tỉnh': the change awaited, by the body named between)
APPOINTMENT_PURPOSE_BEFORE = ("để", "để được", "sẽ", "dự kiến", "đề xuất", "đến khi", "tới khi")
# A plan said once for a clause of several changes: 'Quốc hội sẽ xem xét miễn nhiệm … đối với ông A và phê chuẩn đề
# nghị bổ nhiệm ông B …' (both changes are to come), unless these tell one done: '… sẽ …, đã bầu …'.
# A body's consent to a change asked for: 'Ban Thường vụ Tỉnh ủy đồng ý để 4 đồng chí nghỉ hưu trước tuổi' is the
# change made, though 'để' may tell a purpose.
APPOINTMENT_CONSENT_WORDS = ("đồng ý để", "đồng ý cho", "chấp thuận để", "chấp thuận cho")
# ... the persons it concerns counted before the verb, then listed: '… để 4 đồng chí nghỉ hưu …, gồm:'
COUNTED_PERSON_NOUNS = ("đồng chí", "cán bộ", "trường hợp", "người")
APPOINTMENT_DONE_WORDS = ("đã", "vừa")  # ('Ông A, người sẽ về nhận nhiệm vụ mới, đã được bầu …': done)
APPOINTMENT_PURPOSE_REACH = 6  # words between the purpose word and the verb ("để Hội đồng nhân dân huyện bầu")
# The passive voice: "A được bầu …", "A được Ban Thường vụ điều động …" (an agent may stand between).
APPOINTMENT_PASSIVE_WORDS = ("được", "vừa được", "đã được", "tiếp tục được")
# ... and the passive of a change just made to the title written before it: 'A, Phó Bí thư Thường trực Huyện ủy (vừa
# được Ban Thường vụ Tỉnh ủy chuẩn y tại Quyết định số …)' (the title is the post the change gave).
APPOINTMENT_JUST_PASSIVE_WORDS = ("vừa được", "mới được", "vừa mới được")
# Words that introduce the post a change gives: "bổ nhiệm ông A giữ chức X", "bầu ông A làm X".
APPOINTMENT_POST_INTRODUCERS = (
    "giữ chức vụ",
    "giữ chức danh",
    "giữ chức",
    "giữ nhiệm vụ",
    "ứng cử chức danh",
    "ứng cử chức vụ",
    "ứng cử",
    "đảm nhiệm chức vụ",
    "đảm nhận chức vụ",
    "đảm nhiệm",
    "làm",
    "chức vụ",
    "chức danh",
    "vào chức vụ",
    "vào vị trí",
    "vị trí",
)
# The bare noun between a verb and its post: 'trúng cử chức Bí thư …', 'tái đắc cử chức Chủ tịch …'.
APPOINTMENT_POST_NOUNS = ("chức",)
# The deputy's word before a post ('phó chủ tịch'): a post's name inside another's is not it.
DEPUTY_WORD = "phó"
# ... and before a post that labels a line of results: '- Chức vụ Chủ tịch UBND tỉnh nhiệm kỳ 2016 - 2021: đồng chí A'
POST_LABEL_NOUNS = ("chức vụ", "chức danh", PLURAL_WORD)  # ('9. Các Phó Chủ tịch UBND tỉnh: ông A, ông B')
# Introducers of the post left: "thôi giữ chức X để giữ chức Y", "được luân chuyển từ vị trí X về làm Y" (X is
# the earlier post; not 'từ chức', which is resigning).
APPOINTMENT_LEAVING_INTRODUCERS = (
    "thôi giữ chức vụ",
    "thôi giữ chức",
    "thôi chức vụ",
    "thôi chức",
    "từ vị trí",
    "từ cương vị",
)
# "thôi giữ chức X để giữ chức Y", "thôi … để nhận nhiệm vụ mới": the word that leads to the new post.
APPOINTMENT_THEN_WORDS = ("để",)
# "chuẩn y chức danh X đối với đồng chí A": the post named before the person it goes to.
APPOINTMENT_TO_PERSON = ("đối với", "cho")
# ... or after a count of the post, the persons it is given to: 'bầu 2 Phó Chủ tịch UBND xã là bà A và ông B'
APPOINTMENT_COUNTED_POST_TO = ("là", "gồm")  # '… bầu 3 Phó Bí thư Tỉnh ủy gồm các đồng chí: A; B, …; C, …'
# "có hiệu lực từ ngày 1/12", "kể từ ngày 1/12": the stated effective date.
# (A date mention starts with its 'ngày': the words before it are matched without it.)
APPOINTMENT_EFFECTIVE_BEFORE = ("từ ngày", "kể từ ngày", "tính từ ngày", "từ", "kể từ", "tính từ")
# Said once for the article's decisions: "Các quyết định có hiệu lực từ ngày 01/4/2022".
# "Ngày 22/12, HĐND tỉnh sẽ tổ chức phiên bế mạc": a sitting still to come, on which nothing was done yet.
FUTURE_WORDS = ("sẽ", "dự kiến")
# "… thay ông B nghỉ hưu từ ngày 1/12, thời hạn giữ chức vụ là 5 năm kể từ ngày 15/12": a clause opening with
# these tells the change's own term or force again, after the days of the person replaced.
APPOINTMENT_TERM_OPENINGS = ("thời hạn", "có hiệu lực", "hiệu lực")
APPOINTMENT_IN_FORCE_BEFORE = ("hiệu lực từ ngày", "hiệu lực kể từ ngày", "hiệu lực từ", "hiệu lực kể từ")
# A change told as the person's past: "Trước đó, …", "từng được bổ nhiệm": its day is not the article's.
# A sentence opening so reports what the decision of the sentence before decides: 'Quyết định số X …
# Theo đó, Bộ Chính trị phân công …'.
APPOINTMENT_ACCORDINGLY = ("theo đó", "theo quyết định này", "theo quyết định")
# ... of them, those that name that very decision ('theo quyết định', not 'này', may be another: 'Theo quyết định
# riêng của Ban Thường vụ …'): the change is dated by it, whatever day it takes effect.
APPOINTMENT_BY_THIS_DECISION = ("theo đó", "theo quyết định này")
# ... and the adverb that may stand before them: 'Cũng theo quyết định này, đồng chí A được chỉ định …'.
APPOINTMENT_ACCORDINGLY_ALSO = ("cũng",)
APPOINTMENT_PAST_WORDS = ("trước đó", "từng", "trước đây")
# A sentence opening so tells an earlier decision ('Trước đó, Ban Bí thư đã ban hành Quyết định số …'); not
# 'từng' alone, which is also 'each' and 'step by step' ('từng bước kiện toàn', 'trao cho từng đồng chí').
PAST_OPENINGS = ("trước đó", "trước đây")
# ... and a paragraph opening with what came next ('Tiếp đó, chiều 21-1-2013, Ban Thường vụ Huyện ủy đã họp …'): the
# clause after it names the paragraph's day, as after those.
NEXT_OPENINGS = ("tiếp đó", "sau đó", "tiếp theo")
# ... or told at an earlier event named by its number, which is not the article's: 'Tại Đại hội XIII của
# Đảng, ông được bầu vào Ban Chấp hành Trung ương' (in a report of another kind of meeting): no day.
APPOINTMENT_AT_WORDS = ("tại", "trong")
# The forms of address that stand for a person already named ('…, ông được bầu …'; a feature's younger cadre:
# 'Tháng 12/2012, chị được luân chuyển …'): singular ones only, each for a man or a woman.
PRONOUN_SEXES = {"ông": "male", "bà": "female", "anh": "male", "chị": "female"}
PRONOUN_ADDRESS_FORMS = tuple(PRONOUN_SEXES)
# ... not for one addressed with a form of the other sex, nor a man's for a woman named with the middle name
# 'Thị'; 'Các ông, bà …' (several persons, after PLURAL_WORD) stands for none.
FEMALE_MIDDLE_NAMES = ("thị",)
# A form of address that stands for a person already named whatever their sex: 'Đồng chí A sinh năm 1962, …
# Tháng 3-2011, đồng chí được bổ nhiệm …' (the Party's own way of writing a biography).
PRONOUN_NEUTRAL_FORMS = ("đồng chí",)
# A numbered event a change is set at ('Tại Đại hội XIII', 'Tại Hội nghị Trung ương 8'): the meeting kind it
# is (MEETING_KINDS) and a word the telling of that meeting names (a Central plenum is its committee's
# 'hội nghị ban chấp hành', told with 'Trung ương').
APPOINTMENT_NUMBERED_EVENTS = {
    "đại hội": ("đại hội", ""),
    "hội nghị trung ương": ("hội nghị ban chấp hành", "trung ương"),
}
# "Căn cứ Quy định số 69-QĐ/TW …, Ủy ban Kiểm tra quyết định cách chức …": the rule a change applies,
# not the decision that makes it.
APPOINTMENT_BASIS_WORDS = ("căn cứ", "căn cứ vào")
# 'Quy chế bầu cử … ban hành kèm theo Quyết định số 244-QĐ/TW': the decision that issued a rule, not a change's.
APPOINTMENT_ISSUING_WORDS = ("kèm theo",)
# Documents that set rules for everyone, never decide one person's change: 'miễn nhiệm … để nghỉ hưu
# trước tuổi theo Nghị định số 178/2024/NĐ-CP' (the decree is the policy applied, not the decision);
# a proposal (Tờ trình) or a plan asks for a change, it does not make it.
# Verbs that tell a decision announced: '… được điều động làm X. Quyết định được công bố hôm 29/1.' (the day of a
# change that has none of its own).
DECISION_ANNOUNCED_WORDS = ("công bố", "trao", "công bố và trao")
# The type of document a personnel change is made by (others cite rules or plans, APPOINTMENT_RULE_DOC_TYPES).
APPOINTMENT_DECISION_TYPES = ("Quyết định",)
APPOINTMENT_RULE_DOC_TYPES = (
    "Nghị định",
    "Thông tư",
    "Luật",
    "Quy định",
    "Hướng dẫn",
    "Chỉ thị",
    "Kết luận",
    "Quy chế",
    "Kế hoạch",
    "Đề án",
    "Chương trình",
    "Báo cáo",
    "Tờ trình",
)
# "điều động, phân công tham gia Ban Chấp hành …", "bầu bổ sung A vào Ban Thường vụ Tỉnh ủy": a seat in a
# committee, taken with a post or alone ('vào' only before a body the title grammar reads).
APPOINTMENT_SEAT_WORDS = ("tham gia", "vào")
APPOINTMENT_SEAT_LEAVING_WORDS = ("thôi",)  # "thôi tham gia Ban Chấp hành": a seat left
# A sentence opening with these tells the outcome of the vote the sentence before put: 'Ban Chấp hành đã bầu
# bổ sung 2 đồng chí vào Ban Thường vụ Tỉnh ủy. Kết quả, đồng chí A … trúng cử …' (the seat is that vote's).
APPOINTMENT_RESULT_OPENINGS = ("kết quả",)
# ... and what else introduces a list of those elected: 'các đồng chí trúng cử như sau:'
ELECTION_RESULT_WORDS = ("trúng cử",)
# "phân công ông A phụ trách (điều hành) Văn phòng …": charge of a body, the post of an assignment.
APPOINTMENT_CHARGE_WORDS = ("phụ trách",)
# ... and, given by a change verb, running a body's work until its head is chosen: 'giao ông A, Phó Bí thư Thường
# trực Tỉnh ủy, điều hành hoạt động của Ban Chấp hành … cho đến khi kiện toàn …' (not a title of A's)
ASSIGNED_CHARGE_WORDS = (*APPOINTMENT_CHARGE_WORDS, "điều hành")
# A verb written in two parts around its person: 'giao ông A, Phó Bí thư Thường trực Huyện ủy, phụ trách
# Đảng bộ huyện' is 'giao phụ trách' (assign); the first part alone ('giao nhiệm vụ') is no change.
APPOINTMENT_SPLIT_VERBS = {"giao": "assign"}
# Verbs before a name that give the charge written after its titles: 'giao ông A, Phó Giám đốc Sở, phụ trách Sở
# Giao thông vận tải' (the charge is the assignment's post, not a title A holds).
CHARGE_GIVING_VERBS = ("giao", "phân công")
APPOINTMENT_CHARGE_REACH = 2  # lower-case words between it and the body ('điều hành')
# ... or more when the last of them is 'của' (of): 'phụ trách điều hành hoạt động của Sở Kế hoạch và Đầu tư'
# (the work of a body is charge of that body)
APPOINTMENT_CHARGE_OF = ("của",)
APPOINTMENT_CHARGE_OF_REACH = 5
# ... or a field of work of the body, several joined by commas: 'phụ trách công tác đảng, công tác chính trị
# Đồn Biên phòng Huổi Puốc' (charge of that work in that body)
APPOINTMENT_CHARGE_WORK = ("công tác",)
APPOINTMENT_CHARGE_WORK_REACH = 8
# ... or a field of the administration, in lower case, several joined by commas: 'phân công ông A, Thứ trưởng,
# phụ trách lĩnh vực thủy lợi, phòng, chống thiên tai; …' (the assignment's post), up to the clause's end or one of
# the words that end it ('… lĩnh vực tài nguyên - môi trường thay ông B', '… kể từ ngày …', '… cho đến khi …').
APPOINTMENT_CHARGE_FIELD = ("lĩnh vực",)
APPOINTMENT_CHARGE_FIELD_ENDS = ("thay", "kể từ", "từ ngày", "cho đến", "đến khi", "để", "trong thời gian", "theo")
APPOINTMENT_CHARGE_FIELD_WORDS = 12
# "thôi giữ chức X để chuyển công tác …": after a post left, 'để' + a change verb is that change.
APPOINTMENT_AFTER_LEAVING = ("để",)
# A post left because of another change told after these: 'thôi giữ chức X do đã được … điều động, bổ nhiệm giữ chức
# Y (Quyết định số …)' (the decision is the move's, not the leaving's).
APPOINTMENT_REASON_WORDS = ("do", "vì", "bởi")
# "bầu ông A …, thay (cho) ông B": B is the one replaced, not elected.
APPOINTMENT_REPLACED_WORDS = ("thay cho", "thay thế", "thay")
# "được ông A trao", "do ông A ký": A is the agent, not the person changed.
APPOINTMENT_AGENT_BEFORE = ("được", "do", "của")
# Words between a person and a passive or subject verb that show the person is the subject of another
# clause: "ông A chúc mừng và mong muốn các cán bộ được điều động …".
APPOINTMENT_OTHER_CLAUSE_WORDS = (
    "chúc mừng",
    "chúc",
    "mong muốn",
    "đề nghị",
    "yêu cầu",
    "phát biểu",
    "nhấn mạnh",
    "khẳng định",
    "cho biết",
    "báo cáo",
    "trao",
    "tặng",
    "công bố",
    "đọc",
    "chủ trì",
    "tin tưởng",
    "đánh giá",
    "các cán bộ",
    "cán bộ",
    "các đồng chí",
    # an unnamed subject: 'Thứ trưởng A được bổ nhiệm thay cho một đồng chí đã nghỉ hưu' (not A's retirement)
    "một đồng chí",
    "người tiền nhiệm",
)

# --- Tables of persons (transforms/tables.py) ----------------------------------------------------
# A table's columns by their header, as written ('| Họ tên | Chức vụ cũ | Chức vụ mới | Quyết định |'):
# the person, the post held before (or now: a plain 'Chức vụ'), the post given, the decision, its day,
# the kind of change. A header cell is one of these, whole (case and tone style aside).
TABLE_COLUMNS = {
    # an award list's 'Tập thể, cá nhân': its rows name units too (a unit is no name, so no person)
    "person": ("họ tên", "họ và tên", "họ, tên", "tên cán bộ", "đồng chí", "tập thể, cá nhân", "cá nhân"),
    "held": (
        "chức vụ",
        "chức danh",
        "chức vụ cũ",
        "chức vụ trước",
        "chức vụ hiện tại",
        "chức vụ hiện nay",
        "chức vụ, đơn vị công tác",
        "chức vụ, đơn vị",
        "chức vụ, đơn vị cũ",
        "nguyên chức vụ",
        "trước khi điều động",
    ),
    "post": (
        "chức vụ mới",
        "chức danh mới",
        "chức vụ được bổ nhiệm",
        "chức vụ bổ nhiệm",
        "chức vụ được giao",
        "chức vụ, đơn vị mới",
        "vị trí mới",
        "nơi công tác mới",
        "được điều động, bổ nhiệm",
    ),
    "decision": ("quyết định", "số quyết định", "số qđ", "quyết định số"),
    "day": ("ngày ký", "ngày quyết định", "ngày hiệu lực", "ngày"),
    "action": ("hình thức", "nội dung"),
}
# A post column's header not listed above tells which post it holds by a word after its head: 'Chức vụ trước
# khi chỉ định' (held; checked first), 'Chức vụ được chỉ định', 'Chức vụ sau sắp xếp' (given).
TABLE_POST_HEADER_HEADS = ("chức vụ", "chức danh", "vị trí")
TABLE_HELD_HEADER_WORDS = ("trước", "cũ", "hiện", "nguyên")
TABLE_POST_HEADER_WORDS = ("được", "mới", "sau")

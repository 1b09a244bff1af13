package i18n

import "frontoffice/model"

// What the system says when a disk is full, in words a consultant can act on.
func init() {
	add(map[string]model.Label{
		"err.no_space": {
			KK: "Дискіде (немесе флешкада) орын жетпеді, ештеңе сақталмады. Орын босатып, қайталаңыз: бұрын сақталғанның бәрі орнында.",
			RU: "На диске (или флешке) не хватило места, ничего не сохранено. Освободите место и повторите: всё сохранённое раньше на месте.",
			EN: "The disk (or stick) is full, so nothing was saved. Free some space and try again: everything saved before is still there.",
		},
		"csv.why.no_space": {KK: "дискіде орын жоқ", RU: "на диске нет места", EN: "the disk is full"},
	})
}

package storage

import (
	"frontoffice/model"
	"frontoffice/model/application"
)

// Keys of the settings the rules depend on (the settings bucket).
const (
	// SettingMCI is the tenge value of one MCI the office set, for limits
	// given in MCI; none: the budget law's for each year.
	SettingMCI = "mci"
	// SettingTemplates keeps the office's own grant templates (JSON, see
	// application.EncodeOffice).
	SettingTemplates = "application_templates"
)

// Rules reads the office's settings the rules depend on, as a value: its
// MCI and its own grant templates. An MCI that cannot be read is none (the
// budget law's). Templates that cannot be read are left out and their error
// returned beside the office (Settings says so); the value kept is never
// overwritten until the office saves new templates.
func (s *Store) Rules() (application.Office, error) {
	var mci model.Tenge
	v, err := s.Setting(SettingMCI)
	if err != nil {
		return application.Office{}, err
	}
	if t, r := model.ParseTenge(v); v != "" && r == model.ReasonNone {
		mci = t
	}
	v, err = s.Setting(SettingTemplates)
	if err != nil {
		return application.NewOffice(mci, nil), err
	}
	specs, err := application.DecodeOffice(v)
	return application.NewOffice(mci, specs), err
}

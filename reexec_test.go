package main

import "os"

// The test binary runs the program itself when FRONTOFFICE_RUN_MAIN is set,
// so a test can start it as a separate process: under limits (ulimit -f,
// diskfull_test.go) or to be killed (crash_test.go).
func init() {
	if os.Getenv("FRONTOFFICE_RUN_MAIN") == "1" {
		os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
	}
}

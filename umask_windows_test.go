//go:build windows

package main

func umask(m int) int { return 0 }

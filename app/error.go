package app

import (
	"errors"
	"fmt"
)

// Error codes. A code says what kind of failure it is, so the CLI can pick
// an exit status and the UI a wording, without parsing messages.
const (
	EINVALID     = "invalid"     // the input or request is malformed
	ENOTFOUND    = "not_found"   // the thing asked for does not exist
	ECONFLICT    = "conflict"    // the change contradicts the current state
	EDUPLICATE   = "duplicate"   // the thing is already in the case file
	EBUSY        = "busy"        // another process holds the case file
	ECORRUPT     = "corrupt"     // the case file is damaged or not a case file
	ETOONEW      = "too_new"     // the case file was written by a newer Dossier
	EREADONLY    = "read_only"   // the case file or its folder cannot be written
	EUNSUPPORTED = "unsupported" // a format or feature Dossier does not handle
	ETOOLARGE    = "too_large"   // an input is over a size limit
	ECANCELED    = "canceled"    // the user cancelled the work
	EINTERNAL    = "internal"    // a bug or an unexpected failure
)

// Error is Dossier's one error type: a code and a plain message for the user.
// Err keeps the underlying cause for logs.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error returns the plain message, with the cause when there is one.
func (e *Error) Error() string {
	if e.Err != nil && e.Message == "" {
		return e.Err.Error()
	}
	if e.Err != nil {
		return fmt.Sprintf("%s: %v", e.Message, e.Err)
	}
	return e.Message
}

// Unwrap gives errors.Is/As access to the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// WrapError returns an *Error with the code and message that wraps err.
func WrapError(code string, err error, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...), Err: err}
}

// ErrorCode returns the code of the first *Error in err's chain,
// EINTERNAL for any other non-nil error and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the plain message of the first *Error in err's chain,
// or err's own text for other errors. It is what the UI shows.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) && e.Message != "" {
		return e.Message
	}
	return err.Error()
}

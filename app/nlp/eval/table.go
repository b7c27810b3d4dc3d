package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteTable prints the summary as an aligned plain-text table.
func (s Summary) WriteTable(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "type\tgold\tpred\tstrict P\tR\tF1\tlenient P\tR\tF1\t\n")
	row := func(sc Score) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t\n", sc.Name, sc.Gold, sc.Pred,
			sc.Strict.Precision, sc.Strict.Recall, sc.Strict.F1, sc.Lenient.Precision, sc.Lenient.Recall, sc.Lenient.F1)
	}
	for _, sc := range s.Types {
		row(sc)
	}
	fmt.Fprintf(tw, "\t\t\t\t\t\t\t\t\t\n")
	row(s.Names)
	row(s.Selectors)
	tw.Flush()
	fmt.Fprintf(w, "\narticles: %d (%.2fs)\n", s.Articles, s.Seconds)
	fmt.Fprintf(w, "DATE value accuracy (strict matches): %d/%d = %.3f\n",
		s.DateValue.Correct, s.DateValue.Total, s.DateValue.Accuracy)
	fmt.Fprintf(w, "alias links: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)\n",
		s.Alias.Precision, s.Alias.Recall, s.Alias.F1, s.Alias.TP, s.Alias.FP, s.Alias.FN)
	fmt.Fprintf(w, "event triggers: P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d); type accuracy %d/%d = %.3f\n",
		s.Events.Precision, s.Events.Recall, s.Events.F1, s.Events.TP, s.Events.FP, s.Events.FN,
		s.EventType.Correct, s.EventType.Total, s.EventType.Accuracy)
	fmt.Fprintf(w, "matched events: date %d/%d = %.3f; place %d/%d = %.3f; participants P %.3f  R %.3f  F1 %.3f; with roles F1 %.3f\n",
		s.EventDate.Correct, s.EventDate.Total, s.EventDate.Accuracy, s.EventPlace.Correct, s.EventPlace.Total,
		s.EventPlace.Accuracy, s.Participants.Precision, s.Participants.Recall, s.Participants.F1, s.Roles.F1)
}

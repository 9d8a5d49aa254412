using Fazhi.Modules.Supervision.Domain;

namespace Fazhi.Modules.Supervision;

/// <summary>
/// Supervision settings (section "Supervision"). How many working days before the deadline the 临期催办 goes out, and
/// whether an overdue task is 通报 or 约谈, are local rules (law.md §15 gives no number), so they are settings.
/// </summary>
public sealed class SupervisionOptions
{
    public int ReminderWorkingDays { get; set; } = 2;

    public EscalationKind Escalation { get; set; } = EscalationKind.Notice;
}

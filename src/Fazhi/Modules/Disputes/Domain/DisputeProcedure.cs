using Fazhi.Modules.Mediation.Contracts;
using Fazhi.Platform.Procedures;

namespace Fazhi.Modules.Disputes.Domain;

/// <summary>What the gates look at: the dispute and, when it was routed into mediation, that case's state.</summary>
public sealed record DisputeGateContext(Dispute Dispute, MediationCaseStatus? Mediation)
{
    public bool MediationSettled => Dispute.Route != DisputeRoute.Mediation || Mediation is { Agreed: true };

    public bool MayReroute => Dispute.Route != DisputeRoute.Mediation || Mediation is { Concluded: true, Agreed: false };
}

/// <summary>
/// 矛盾纠纷排查化解 (law.md §10, local practice): 登记 → 交办（推送属事部门）→ 分流（调解 / 信访 / 诉讼引导）→ 化解 → 回访办结.
/// A dispute routed into mediation is resolved only by the agreement reached there.
/// </summary>
public static class DisputeProcedure
{
    public const string Key = "disputes.dispute";
    public const string SubjectType = "disputes.dispute";

    public const string Registered = "registered";
    public const string Assigned = "assigned";
    public const string Routed = "routed";
    public const string Resolved = "resolved";
    public const string Closed = "closed";

    public const string Assign = "assign";
    public const string Route = "route";
    public const string Resolve = "resolve";
    public const string Close = "close";

    public static readonly IReadOnlyList<ProcedureState> States =
    [
        new(Registered, "已登记"),
        new(Assigned, "已交办"),
        new(Routed, "已分流"),
        new(Resolved, "已化解"),
        new(Closed, "已回访办结"),
    ];

    public static string NameOf(string state) => States.FirstOrDefault(s => s.Key == state)?.Name ?? state;

    public static readonly ProcedureDefinition V1 = Create();

    private static ProcedureDefinition Create()
    {
        string[] handle = [DisputesPermissions.Handle];
        var settled = Gate.For<DisputeGateContext>(c => c.MediationSettled,
            "纠纷已分流人民调解，调解尚未达成协议，不能以化解办结（调解不成的，可重新分流信访或引导诉讼）", new LegalBasis(Basis.MediationAgreement));
        var reroute = Gate.For<DisputeGateContext>(c => c.MayReroute,
            "纠纷正在人民调解中，调解终结前不能另行分流", new LegalBasis(Basis.Diversion));
        var closable = Gate.For<DisputeGateContext>(c => c.Dispute.ResolvedOn is not null || c.MayReroute,
            "纠纷正在人民调解中，调解终结前不能办结", new LegalBasis(Basis.Diversion));
        return new ProcedureDefinition(Key, 1, "矛盾纠纷排查化解")
        {
            States = States,
            InitialState = Registered,
            Actions =
            [
                new(Assign, "交办责任单位（推送属事部门）", [Registered, Assigned], Assigned) { Permissions = handle },
                new(Route, "分流（人民调解、信访、诉讼引导）", [Registered, Assigned, Routed], Routed) { Permissions = handle, Gates = [reroute] },
                new(Resolve, "化解", [Registered, Assigned, Routed], Resolved) { Permissions = handle, Gates = [settled] },
                new(Close, "回访办结", [Resolved, Routed], Closed) { Permissions = handle, Gates = [closable] },
            ],
        };
    }
}

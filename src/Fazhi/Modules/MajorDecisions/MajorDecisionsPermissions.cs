using Fazhi.Platform.Identity;

namespace Fazhi.Modules.MajorDecisions;

/// <summary>重大行政决策 permissions and their default holders.</summary>
public static class MajorDecisionsPermissions
{
    public const string Read = "major_decisions.read";
    public const string Handle = "major_decisions.handle";
    public const string Decide = "major_decisions.decide";
    public const string ManageCatalog = "major_decisions.catalog.manage";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看重大行政决策目录与决策事项", Roles.LegalOffice, Roles.LegalAdviser, Roles.Clerk, Roles.Leader, Roles.Supervisor),
        new(Handle, "承办重大行政决策（起草、公众参与、专家论证、风险评估、送审）", Roles.Clerk, Roles.LegalOffice),
        new(Decide, "集体讨论决定、报告党委、公布与决策调整（负责人）", Roles.Leader),
        new(ManageCatalog, "编制和调整重大行政决策事项目录", Roles.LegalOffice, Roles.Leader),
    ];
}

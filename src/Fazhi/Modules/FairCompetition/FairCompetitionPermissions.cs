using Fazhi.Platform.Identity;

namespace Fazhi.Modules.FairCompetition;

/// <summary>Permissions of 公平竞争审查 and the roles that hold them on a new database.</summary>
public static class FairCompetitionPermissions
{
    public const string Read = "fair_competition.read";
    public const string Register = "fair_competition.register";
    public const string Review = "fair_competition.review";
    public const string Issue = "fair_competition.issue";
    public const string Settings = "fair_competition.settings";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看公平竞争审查", Roles.LegalOffice, Roles.LegalAdviser, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Register, "登记政策措施", Roles.LegalOffice, Roles.Clerk),
        new(Review, "开展公平竞争审查（识别、逐项审查、作出结论、修改后重新审查）", Roles.LegalOffice, Roles.Clerk, Roles.LegalAdviser),
        new(Issue, "登记政策措施出台", Roles.LegalOffice, Roles.Clerk, Roles.Leader),
        new(Settings, "公平竞争审查本区设置", Roles.LegalOffice),
    ];
}

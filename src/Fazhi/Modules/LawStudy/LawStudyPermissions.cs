using Fazhi.Platform.Identity;

namespace Fazhi.Modules.LawStudy;

/// <summary>领导干部学法 permissions and their default holders.</summary>
public static class LawStudyPermissions
{
    public const string Read = "study.read";
    public const string Record = "study.record";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看学法活动、专题学习安排和学法考试", Roles.LegalOffice, Roles.Leader, Roles.Clerk, Roles.Supervisor),
        new(Record, "登记学法活动、制定专题学习安排、登记学法考试（含台账导入）", Roles.LegalOffice, Roles.Clerk),
    ];
}

using Fazhi.Platform.Identity;

namespace Fazhi.Modules.PublicConsultation;

/// <summary>公开征求意见 permissions and their default holders.</summary>
public static class PublicConsultationPermissions
{
    public const string Read = "consultation.read";
    public const string Moderate = "consultation.moderate";
    public const string Answer = "consultation.answer";

    public static readonly PermissionGrant[] Grants =
    [
        new(Read, "查看征求意见及收到的意见", Roles.LegalOffice, Roles.Clerk, Roles.Leader, Roles.Supervisor),
        new(Moderate, "审核公众意见（先审后发、隐藏、合并重复）", Roles.LegalOffice, Roles.Clerk),
        new(Answer, "归类公众意见并作出采纳答复", Roles.Clerk, Roles.LegalOffice),
    ];
}

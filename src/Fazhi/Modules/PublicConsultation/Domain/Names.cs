using Fazhi.Platform.Web;

namespace Fazhi.Modules.PublicConsultation.Domain;

/// <summary>Chinese names shown for the module's states.</summary>
public static class Names
{
    public static string Of(CommentStatus status) => status switch
    {
        CommentStatus.Pending => "待审核",
        CommentStatus.Approved => "已通过",
        CommentStatus.Hidden => "已隐藏",
        CommentStatus.Merged => "已合并",
        _ => status.ToString(),
    };

    public static string Of(AdoptionAnswer? answer) => answer switch
    {
        AdoptionAnswer.Adopted => "采纳",
        AdoptionAnswer.PartlyAdopted => "部分采纳",
        AdoptionAnswer.NotAdopted => "不采纳",
        _ => "未答复",
    };

    public static string Phase(Consultation c, DateOnly today) =>
        today < c.OpensOn ? "未开始" : c.IsOpenOn(today) ? "征求意见中" : c.ReportPublishedOn is null ? "已截止" : "已公布采纳情况";

    /// <summary>The public pseudonym: what the commenter chose, else 网友.</summary>
    public static string Signature(PublicComment c) => string.IsNullOrEmpty(c.DisplayName) ? "网友" : c.DisplayName;
}

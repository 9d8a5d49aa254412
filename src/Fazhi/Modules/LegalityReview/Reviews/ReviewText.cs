using Fazhi.Modules.LegalityReview.Contracts;

using Fazhi.Platform.Web;

namespace Fazhi.Modules.LegalityReview.Reviews;

/// <summary>Chinese names of the module's enums, for pages, exports and JSON.</summary>
public static class ReviewText
{
    public static string TypeName(ReviewDocumentType type) => type switch
    {
        ReviewDocumentType.PartyDocument => "党委文件",
        ReviewDocumentType.GovernmentDocument => "政府文件",
        ReviewDocumentType.NormativeDocumentDraft => "规范性文件草案",
        ReviewDocumentType.MajorDecisionDraft => "重大行政决策草案",
        ReviewDocumentType.Contract => "政府合同",
        ReviewDocumentType.MajorEnforcementDecision => "重大执法决定",
        ReviewDocumentType.Other => "其他事项",
    };

    public static string ConclusionName(ReviewConclusion? conclusion) => conclusion switch
    {
        ReviewConclusion.Lawful => "合法",
        ReviewConclusion.LawfulAfterRevision => "修改后合法",
        ReviewConclusion.Unlawful => "不合法",
        null => "",
    };

    /// <summary>The [Display] name of an enum member.</summary>
    public static string Name<T>(T value) where T : struct, Enum =>
        DisplayNames.Of(value);
}

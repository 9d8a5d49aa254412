using Fazhi.Platform.Web;

namespace Fazhi.Modules.NormativeDocuments.Domain;

/// <summary>The Chinese [Display] names of the module's enums, and the status words of the public list (§4 "Public list").</summary>
public static class Names
{
    public static string Of<T>(T value) where T : struct, Enum =>
        DisplayNames.Of(value);

    /// <summary>状态 on the public list and in the ledger: 有效 / 已失效 / 已废止 / 已修改 (宣布失效 shows as 已失效); unpublished stages by name.</summary>
    public static string PublicStatus(NormativeDocumentStatus status) => status switch
    {
        NormativeDocumentStatus.Published or NormativeDocumentStatus.InForce => "有效",
        NormativeDocumentStatus.Expired or NormativeDocumentStatus.DeclaredInvalid => "已失效",
        NormativeDocumentStatus.Repealed => "已废止",
        NormativeDocumentStatus.Amended => "已修改",
        NormativeDocumentStatus.Planned or NormativeDocumentStatus.Drafting or NormativeDocumentStatus.PublicConsultation
            or NormativeDocumentStatus.FairCompetitionReview or NormativeDocumentStatus.LegalityReview
            or NormativeDocumentStatus.AwaitingDeliberation or NormativeDocumentStatus.Approved
            or NormativeDocumentStatus.Registered => Of(status),
    };

    /// <summary>The title as the public list shows it: 【已失效】, 【已废止】 or 【已修改】 in front of a document no longer valid.</summary>
    public static string PublicTitle(NormativeDocumentStatus status, string title) =>
        PublicStatus(status) is var word && word == "有效" ? title : $"【{word}】{title}";
}

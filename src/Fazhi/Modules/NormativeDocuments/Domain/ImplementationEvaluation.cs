using System.ComponentModel.DataAnnotations;

using Fazhi.Platform.Data;

namespace Fazhi.Modules.NormativeDocuments.Domain;

/// <summary>评估结论 / 清理结论: what becomes of a document after an evaluation or a clean-up.</summary>
public enum DocumentConclusion
{
    [Display(Name = "继续有效")] ContinueInForce,
    [Display(Name = "修改")] Amend,
    [Display(Name = "废止")] Repeal,
    [Display(Name = "宣布失效")] DeclareInvalid,
}

/// <summary>实施后评估 (post-implementation evaluation) of a document in force, with its conclusion (NDOC-6).</summary>
public sealed class ImplementationEvaluation : IRegionScoped
{
    private ImplementationEvaluation()
    {
    }

    public ImplementationEvaluation(NormativeDocument document, DateOnly on, DocumentConclusion conclusion, string? note, string actor, DateTime at)
    {
        DocumentId = document.Id;
        RegionCode = document.RegionCode;
        On = on;
        Conclusion = conclusion;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Actor = actor;
        RecordedAt = at;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();

    public Guid DocumentId { get; private set; }

    public string RegionCode { get; private set; } = "";

    public DateOnly On { get; private set; }

    public DocumentConclusion Conclusion { get; private set; }

    public string? Note { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTime RecordedAt { get; private set; }
}

using Fazhi.Modules.LegalityReview.Contracts;
using Fazhi.Modules.NormativeDocuments.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

using P = Fazhi.Modules.NormativeDocuments.Domain.NormativeDocumentProcedure;

namespace Fazhi.Modules.NormativeDocuments.Documents;

/// <summary>One item's answer: <c>response</c> is 采纳 / 不采纳 (or Adopted / NotAdopted); 不采纳 needs its written reason.</summary>
public sealed record OpinionAnswerInput(int Number, string? Response, string? Reason);

/// <summary>Request body of <c>POST /api/normative-documents/{id}/legality-opinion/answers</c>.</summary>
public sealed record OpinionAnswersRequest(List<OpinionAnswerInput>? Answers);

public sealed record OpinionItemView(int Number, string Text, string Response, string ResponseName, string? Reason, DateOnly? AnsweredOn);

/// <summary>合法性审核意见 of a document as its drafting unit sees it: the opinion and each item with its answer.</summary>
public sealed record LegalityOpinionView(
    Guid DocumentId, Guid ReviewId, bool OpinionIssued, bool Withdrawn, string? Conclusion, string? OpinionNumber, DateOnly? IssuedOn, DateOnly? DecidedOn,
    IReadOnlyList<OpinionItemView> Items);

/// <summary>
/// 逐条反馈审查意见采纳情况 by the drafting unit (送审单位) of its own document: it holds 规范性文件管理 rather than any
/// 合法性审查 permission, so the answers go through <see cref="ILegalityReviews.AnswerItemsAsync"/>, under that module's
/// procedure (only after the opinion, once, every item; 不采纳 with reasons).
/// </summary>
public sealed class LegalityOpinionAnswers(AppDbContext db, ILegalityReviews legality)
{
    public async Task<LegalityOpinionView> GetAsync(Guid id, CancellationToken ct)
    {
        await DocumentAsync(id, ct);
        var status = await legality.StatusAsync(P.SubjectType, id, ct) ?? throw new RecordNotFoundException("该文件尚未送合法性审核");
        return View(id, status);
    }

    public async Task<LegalityOpinionView> AnswerAsync(Guid id, OpinionAnswersRequest? body, CancellationToken ct)
    {
        await DocumentAsync(id, ct);
        var errors = new Dictionary<string, string[]>();
        var answers = new List<OpinionItemAnswer>();
        var input = body?.Answers ?? [];
        if (input.Count == 0)
        {
            errors["answers"] = ["请逐条反馈审查意见的采纳情况"];
        }

        for (var i = 0; i < input.Count; i++)
        {
            var a = input[i];
            var response = a?.Response?.Trim() switch
            {
                "采纳" or nameof(OpinionItemResponse.Adopted) => OpinionItemResponse.Adopted,
                "不采纳" or nameof(OpinionItemResponse.NotAdopted) => OpinionItemResponse.NotAdopted,
                _ => (OpinionItemResponse?)null,
            };
            if (a is null || response is null)
            {
                errors[$"answers[{i}]"] = ["采纳情况应为“采纳”或“不采纳”"];
                continue;
            }

            answers.Add(new OpinionItemAnswer(a.Number, response.Value, a.Reason));
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        await legality.AnswerItemsAsync(P.SubjectType, id, answers, ct);
        await db.SaveChangesAsync(ct);
        return View(id, await legality.StatusAsync(P.SubjectType, id, ct) ?? throw new RecordNotFoundException());
    }

    /// <summary>The document in the caller's region (another town's is not found).</summary>
    private async Task DocumentAsync(Guid id, CancellationToken ct)
    {
        if (!await db.Set<NormativeDocument>().AnyAsync(d => d.Id == id, ct))
        {
            throw new RecordNotFoundException();
        }
    }

    private static LegalityOpinionView View(Guid id, LegalityOpinionStatus s) => new(
        id, s.ReviewId, s.OpinionIssued, s.Withdrawn, s.Conclusion?.ToString(), s.OpinionNumber, s.IssuedOn, s.DecidedOn,
        s.Items.Select(i => new OpinionItemView(i.Number, i.Text, i.Response.ToString(), ResponseName(i.Response), i.Reason, i.AnsweredOn)).ToList());

    private static string ResponseName(OpinionItemResponse response) => response switch
    {
        OpinionItemResponse.Adopted => "采纳",
        OpinionItemResponse.NotAdopted => "不采纳",
        _ => "待反馈",
    };
}

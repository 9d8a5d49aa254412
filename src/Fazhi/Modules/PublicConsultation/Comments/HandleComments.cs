using Fazhi.Modules.PublicConsultation.Domain;
using Fazhi.Platform.Data;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.PublicConsultation.Comments;

/// <summary>A moderation or answer step on one comment (API body and page form alike).</summary>
public sealed record CommentAction(string? Reason, Guid? TargetId, string? GroupLabel, string? Answer);

/// <summary>
/// 意见审核与答复 by staff: approve (先审后发), hide with reason, merge a duplicate into another comment; the lead unit
/// groups comments and answers each 采纳 / 部分采纳 / 不采纳 (reason required for the latter two). Every step is audited.
/// </summary>
public sealed class HandleComments(AppDbContext db, TimeProvider clock, IRegionScope scope)
{
    public async Task<Consultation> ConsultationAsync(Guid consultationId, CancellationToken ct) =>
        await db.Set<Consultation>().FirstOrDefaultAsync(c => c.Id == consultationId, ct) ?? throw new RecordNotFoundException();

    public async Task<PublicComment> ApplyAsync(Guid consultationId, Guid commentId, string action, CommentAction input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var consultation = await ConsultationAsync(consultationId, ct);
        var comment = await db.Set<PublicComment>().FirstOrDefaultAsync(c => c.Id == commentId && c.ConsultationId == consultation.Id, ct)
            ?? throw new RecordNotFoundException();
        var now = clock.GetUtcNow().UtcDateTime;
        switch (action)
        {
            case "approve":
                if (comment.Status is CommentStatus.Merged)
                {
                    throw new DomainRuleException("已合并的重复意见不能再单独通过");
                }

                comment.Approve(scope.Actor, now);
                break;
            case "hide":
                var reason = Required(input.Reason, "reason", "请填写隐藏理由", PublicComment.MaxReason);
                comment.Hide(reason, scope.Actor, now);
                break;
            case "merge":
                await MergeAsync(consultation, comment, input.TargetId, now, ct);
                break;
            case "group":
                var label = TextInput.Clean(input.GroupLabel, multiline: false);
                if (label?.Length > PublicComment.MaxLabel)
                {
                    throw new FieldValidationException("groupLabel", $"归类不能超过{PublicComment.MaxLabel}个字");
                }

                comment.Group(label);
                break;
            case "answer":
                Answer(comment, input, now);
                break;
            default:
                throw new FieldValidationException("action", "操作应为 approve（通过）、hide（隐藏）、merge（合并）、group（归类）或 answer（答复）");
        }

        await db.SaveChangesAsync(ct);
        return comment;
    }

    private void Answer(PublicComment comment, CommentAction input, DateTime now)
    {
        if (comment.Status != CommentStatus.Approved)
        {
            throw new DomainRuleException("只能答复已审核通过的意见；待审核的意见请先审核");
        }

        AdoptionAnswer answer = input.Answer?.Trim() switch
        {
            "Adopted" or "adopted" or "采纳" => AdoptionAnswer.Adopted,
            "PartlyAdopted" or "partly_adopted" or "部分采纳" => AdoptionAnswer.PartlyAdopted,
            "NotAdopted" or "not_adopted" or "不采纳" => AdoptionAnswer.NotAdopted,
            _ => throw new FieldValidationException("answer", "采纳情况应为 采纳（Adopted）、部分采纳（PartlyAdopted）或 不采纳（NotAdopted）"),
        };
        var reason = TextInput.Clean(input.Reason, multiline: true);
        if (answer != AdoptionAnswer.Adopted && reason is null)
        {
            throw new FieldValidationException("reason", "部分采纳或不采纳的，应当说明理由");
        }

        if (reason?.Length > PublicComment.MaxReason)
        {
            throw new FieldValidationException("reason", $"理由不能超过{PublicComment.MaxReason}个字");
        }

        if (input.GroupLabel is not null)
        {
            var label = TextInput.Clean(input.GroupLabel, multiline: false);
            if (label?.Length > PublicComment.MaxLabel)
            {
                throw new FieldValidationException("groupLabel", $"归类不能超过{PublicComment.MaxLabel}个字");
            }

            comment.Group(label);
        }

        comment.AnswerWith(answer, reason, scope.Actor, now);
    }

    private async Task MergeAsync(Consultation consultation, PublicComment comment, Guid? targetId, DateTime now, CancellationToken ct)
    {
        if (targetId is null || targetId == comment.Id)
        {
            throw new FieldValidationException("targetId", "请选择要合并到的另一条意见");
        }

        var target = await db.Set<PublicComment>().FirstOrDefaultAsync(c => c.Id == targetId && c.ConsultationId == consultation.Id, ct)
            ?? throw new FieldValidationException("targetId", "要合并到的意见不存在于本次征求意见中");
        if (target.Status is CommentStatus.Merged or CommentStatus.Hidden)
        {
            throw new DomainRuleException("只能合并到待审核或已通过的意见");
        }

        if (await db.Set<PublicComment>().AnyAsync(c => c.MergedIntoId == comment.Id, ct))
        {
            throw new DomainRuleException("已有其他意见合并到本条，不能再将本条合并");
        }

        comment.MergeInto(target.Id, scope.Actor, now);
    }

    private static string Required(string? value, string field, string message, int max)
    {
        var text = TextInput.Clean(value, multiline: true) ?? throw new FieldValidationException(field, message);
        return text.Length > max ? throw new FieldValidationException(field, $"不能超过{max}个字") : text;
    }
}

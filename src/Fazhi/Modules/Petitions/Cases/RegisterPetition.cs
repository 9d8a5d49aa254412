using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Calendar;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Numbering;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>Body of <c>POST /api/petitions</c> and of the registration form.</summary>
public sealed record RegisterPetitionInput
{
    public string? Channel { get; init; }

    public DateOnly? ReceivedOn { get; init; }

    public string? PetitionerName { get; init; }

    public string? IdNumber { get; init; }

    public string? Phone { get; init; }

    public string? Address { get; init; }

    /// <summary>来访人数 (来访 only; 5 or more is a 集体访).</summary>
    public int? Visitors { get; init; }

    /// <summary>集体访推选的代表人数 (at most 5).</summary>
    public int? Representatives { get; init; }

    public string? Matter { get; init; }

    public string? Content { get; init; }
}

/// <summary>
/// 登记 (条例第二十一条): checks the input, encrypts the ID number and phone, looks for an earlier petition of the same
/// petitioner (blind index) on the same matter (text similarity) and flags a repeat, issues the 信访件编号 and starts the
/// 15-day 受理告知 clock from the day the petition was received.
/// </summary>
public sealed class RegisterPetition(AppDbContext db, ProcedureEngine engine, IFieldProtector protector, IBlindIndex index, IssueNumber numbers, TimeProvider time, ICalendarSource calendars)
{
    public const string NumberKind = "petitions.petition";

    /// <summary>《信访工作条例》 took effect on 2022-05-01 (第五十条); earlier petitions followed the 2005 《信访条例》.</summary>
    public static readonly DateOnly EffectiveFrom = new(2022, 5, 1);

    public async Task<Petition> ExecuteAsync(RegisterPetitionInput input, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var checkedInput = Check(input, LegalDate.Today(time));
        var idIndex = checkedInput.IdNumber is { } id ? index.Compute(Petition.IdNumberPurpose, id) : null;
        var phoneIndex = checkedInput.Phone is { } phone ? index.Compute(Petition.PhonePurpose, phone) : null;
        var prior = await FindPriorAsync(idIndex, phoneIndex, checkedInput.Matter, checkedInput.Content, ct);

        // The calendar is loaded (and on a new database imported, by a save of its own) before the transaction holds the audit chain.
        await calendars.GetAsync(ct);
        // Inside a ledger import the whole file is one transaction; alone, the number and the petition are one.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var petition = new Petition(regionCode, "", checkedInput.Channel, checkedInput.ReceivedOn, checkedInput.Name,
            checkedInput.IdNumber is { } i ? protector.Protect(i) : null, idIndex,
            checkedInput.Phone is { } p ? protector.Protect(p) : null, phoneIndex,
            checkedInput.Address, checkedInput.Visitors, checkedInput.Representatives, checkedInput.Matter, checkedInput.Content,
            actor.Login, time.GetUtcNow().UtcDateTime);
        var number = await numbers.NextAsync(db, regionCode, NumberKind, checkedInput.ReceivedOn.Year, new NumberSubject(nameof(Petition), petition.Id.ToString()), ct);
        petition.AssignNumber(number.Text);
        if (prior is not null)
        {
            petition.MarkRepeat(prior);
        }

        var instance = engine.Start(PetitionProcedure.Key, PetitionProcedure.SubjectType, petition.Id, regionCode, actor, checkedInput.ReceivedOn);
        petition.AttachProcedure(instance.Id);
        db.Add(petition);
        await engine.ApplyAsync(instance, PetitionProcedure.Register, actor, new PetitionGateContext(petition, checkedInput.ReceivedOn),
            new StepInput { On = checkedInput.ReceivedOn, Note = prior is null ? null : $"重复信访：与{prior.Number}为同一信访人同一事项" }, ct);
        petition.Registered(instance.Clocks.Single(c => c.RuleKey == PetitionProcedure.AcknowledgeClock).DueDate);
        petition.MoveTo(instance.State);
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return petition;
    }

    /// <summary>The accepted earlier petition of the same person (same ID number or phone) most similar in matter, if similar enough.</summary>
    private async Task<Petition?> FindPriorAsync(string? idIndex, string? phoneIndex, string matter, string content, CancellationToken ct)
    {
        if (idIndex is null && phoneIndex is null)
        {
            return null;
        }

        var candidates = await db.Set<Petition>().AsNoTracking()
            .Where(p => p.AcceptedOn != null && ((idIndex != null && p.IdNumberIndex == idIndex) || (phoneIndex != null && p.PhoneIndex == phoneIndex)))
            .OrderByDescending(p => p.ReceivedOn).Take(200).ToListAsync(ct);
        return candidates
            .Select(p => (Petition: p, Score: Math.Max(Similarity.Dice(p.Matter, matter), Similarity.Dice(p.Content, content))))
            .Where(x => x.Score >= Similarity.SameMatter)
            .OrderByDescending(x => x.Petition.State == PetitionProcedure.Final)
            .ThenByDescending(x => x.Score)
            .Select(x => x.Petition)
            .FirstOrDefault();
    }

    public sealed record Checked(PetitionChannel Channel, DateOnly ReceivedOn, string Name, string? IdNumber, string? Phone, string? Address,
        int Visitors, int Representatives, string Matter, string Content);

    /// <summary>Every field rule, all errors at once (the ledger import reports them per row with the same words).</summary>
    public static Checked Check(RegisterPetitionInput input, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        var channel = Names.Parse<PetitionChannel>(input.Channel);
        if (channel is null)
        {
            errors["channel"] = ["请选择信访渠道（来信、来访、来电、网上信访、传真）"];
        }

        if (input.ReceivedOn is not { } received)
        {
            errors["receivedOn"] = ["请填写收到（来访）日期"];
            received = today;
        }
        else if (received > today)
        {
            errors["receivedOn"] = ["收到日期不能晚于今天"];
        }
        else if (received < EffectiveFrom)
        {
            errors["receivedOn"] = ["《信访工作条例》自2022年5月1日起施行，此前的信访事项不在本系统登记"];
        }

        var name = input.PetitionerName?.Trim() ?? "";
        if (name.Length is 0 or > 50)
        {
            errors["petitionerName"] = ["请填写信访人姓名（不超过50个字符）"];
        }
        else if (name.Contains('*', StringComparison.Ordinal))
        {
            errors["petitionerName"] = ["姓名已脱敏，请填写完整姓名"];
        }

        string? id = null;
        if (!string.IsNullOrWhiteSpace(input.IdNumber))
        {
            var text = input.IdNumber.Trim();
            if (text.Contains('*', StringComparison.Ordinal))
            {
                errors["idNumber"] = ["身份证号已脱敏，请填写完整号码或留空"];
            }
            else if (Identifiers.CheckResidentIdNumber(text, today) is { } reason)
            {
                errors["idNumber"] = [reason];
            }
            else
            {
                id = Identifiers.NormalizeIdNumber(text);
            }
        }

        string? phone = null;
        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            var text = input.Phone.Trim().Replace(" ", "", StringComparison.Ordinal);
            if (text.Contains('*', StringComparison.Ordinal))
            {
                errors["phone"] = ["联系电话已脱敏，请填写完整号码或留空"];
            }
            else if ((text.StartsWith('1') && text.Length == 11 ? Identifiers.CheckMobilePhone(text) : IsLandline(text) ? null : "联系电话应为11位手机号码或带区号的固定电话") is { } reason)
            {
                errors["phone"] = [reason];
            }
            else
            {
                phone = text;
            }
        }

        var address = string.IsNullOrWhiteSpace(input.Address) ? null : input.Address.Trim();
        if (address is { Length: > 200 })
        {
            errors["address"] = ["住址不能超过200个字符"];
        }

        var visitors = channel == PetitionChannel.Visit ? input.Visitors ?? 1 : 1;
        var representatives = 0;
        if (visitors is < 1 or > 10_000)
        {
            errors["visitors"] = ["来访人数应为1至10000之间的整数"];
        }
        else if (visitors >= Petition.GroupVisitThreshold)
        {
            representatives = input.Representatives ?? 0;
            if (representatives < 1)
            {
                errors["representatives"] = ["多人采用走访形式提出共同的信访事项，应当推选代表，请填写代表人数"];
            }
            else if (representatives > Petition.MaxRepresentatives)
            {
                errors["representatives"] = [$"多人走访提出共同信访事项的，代表人数不超过5人（{Basis.Representatives}）"];
            }
        }

        var matter = input.Matter?.Trim() ?? "";
        if (matter.Length is 0 or > 200)
        {
            errors["matter"] = ["请填写信访事项（不超过200个字符）"];
        }

        var content = input.Content?.Trim() ?? "";
        if (content.Length is 0 or > Petition.MaxText)
        {
            errors["content"] = ["请填写诉求内容"];
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }

        // Numbers typed into free text are personal data too: they are stored masked.
        return new Checked(channel!.Value, received, name, id, phone, address, visitors, representatives, Masking.Text(matter), Masking.Text(content));
    }

    private static bool IsLandline(string text) =>
        text.Length is >= 7 and <= 20 && text.All(c => char.IsAsciiDigit(c) || c == '-') && char.IsAsciiDigit(text[0]);
}

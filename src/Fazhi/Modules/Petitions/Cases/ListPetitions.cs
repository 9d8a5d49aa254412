using System.Globalization;

using Fazhi.Modules.Petitions.Domain;
using Fazhi.Platform.Crypto;
using Fazhi.Platform.Data;
using Fazhi.Platform.Procedures;
using Fazhi.Platform.Spreadsheets;
using Fazhi.Platform.Validation;
using Fazhi.Platform.Web;

using Microsoft.EntityFrameworkCore;

namespace Fazhi.Modules.Petitions.Cases;

/// <summary>Filter, sort and page of the petitions ledger, as query-string text (bad values become Chinese 400s).</summary>
public sealed record PetitionFilter
{
    /// <summary>检索词: 编号、信访事项、诉求内容 or 姓名 contains it; a full ID number or phone finds the petitioner by blind index.</summary>
    public string? Q { get; init; }

    public string? State { get; init; }

    public string? Channel { get; init; }

    /// <summary>收到年度.</summary>
    public string? Year { get; init; }

    /// <summary>repeat | bao_an | overdue | campaign.</summary>
    public string? Flag { get; init; }

    /// <summary>received | number | state | due (default: newest received first), "-" in front for descending.</summary>
    public string? Sort { get; init; }

    public string? Page { get; init; }

    public string? PageSize { get; init; }
}

/// <summary>One petition on the list, API and export: personal data masked.</summary>
public sealed record PetitionListItem(Guid Id, string Number, string Channel, DateOnly ReceivedOn, string PetitionerName, string? IdNumber, string? Phone,
    string? Address, int Visitors, int Representatives, string Matter, string Content, string State, string StateName, bool IsRepeat, string? RepeatOfNumber,
    string? Category, DateOnly AcknowledgeDue, DateOnly? HandleDue, DateOnly? AnsweredOn, string? Rating, string? BaoAnLeader);

/// <summary>One ledger row both ways (ADR 0006): export writes masked personal data; import reads full values.</summary>
public sealed class PetitionLedgerRow
{
    public string? Number { get; set; }

    public string? Channel { get; set; }

    public string? ReceivedOn { get; set; }

    public string? PetitionerName { get; set; }

    public string? IdNumber { get; set; }

    public string? Phone { get; set; }

    public string? Address { get; set; }

    public string? Visitors { get; set; }

    public string? Representatives { get; set; }

    public string? Matter { get; set; }

    public string? Content { get; set; }

    public string? State { get; set; }

    public string? Repeat { get; set; }

    public string? AcknowledgeDue { get; set; }

    public string? HandleDue { get; set; }

    public string? AnsweredOn { get; set; }

    public string? Rating { get; set; }
}

public sealed class ListPetitions(AppDbContext db, IFieldProtector protector, IBlindIndex index, RegisterPetition register, TimeProvider time, Fazhi.Platform.Calendar.ICalendarSource calendars)
{
    public const int MaxPageSize = 200;

    private static readonly Dictionary<string, string> Headers = new(StringComparer.Ordinal)
    {
        ["channel"] = "信访渠道",
        ["receivedOn"] = "收到日期",
        ["petitionerName"] = "信访人",
        ["idNumber"] = "身份证号",
        ["phone"] = "联系电话",
        ["address"] = "住址",
        ["visitors"] = "来访人数",
        ["representatives"] = "代表人数",
        ["matter"] = "信访事项",
        ["content"] = "诉求内容",
    };

    public static readonly LedgerLayout<PetitionLedgerRow> Layout = new("信访事项台账",
    [
        new("信访件编号", r => r.Number),
        new("信访渠道", r => r.Channel, (r, v) => Set(() => r.Channel = v)),
        new("收到日期", r => r.ReceivedOn, (r, v) => Set(() => r.ReceivedOn = v)),
        new("信访人", r => r.PetitionerName, (r, v) => Set(() => r.PetitionerName = v)),
        new("身份证号", r => r.IdNumber, (r, v) => Set(() => r.IdNumber = v)),
        new("联系电话", r => r.Phone, (r, v) => Set(() => r.Phone = v)),
        new("住址", r => r.Address, (r, v) => Set(() => r.Address = v)),
        new("来访人数", r => r.Visitors, (r, v) => Set(() => r.Visitors = v)),
        new("代表人数", r => r.Representatives, (r, v) => Set(() => r.Representatives = v)),
        new("信访事项", r => r.Matter, (r, v) => Set(() => r.Matter = v)),
        new("诉求内容", r => r.Content, (r, v) => Set(() => r.Content = v)),
        new("当前状态", r => r.State),
        new("重复信访", r => r.Repeat),
        new("受理告知期限", r => r.AcknowledgeDue),
        new("办理期限", r => r.HandleDue),
        new("处理意见书日期", r => r.AnsweredOn),
        new("满意度评价", r => r.Rating),
    ]);

    public async Task<Paged<PetitionListItem>> PageAsync(PetitionFilter filter, CancellationToken ct)
    {
        var (query, page, size) = Build(filter);
        var total = await query.CountAsync(ct);
        var items = await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new Paged<PetitionListItem>(items.Select(Item).ToList(), page, size, total);
    }

    public async Task<byte[]> ExportAsync(PetitionFilter filter, CancellationToken ct)
    {
        var rows = await Build(filter).Query.Take(Ledgers.MaxRows).ToListAsync(ct);
        return await Ledgers.ExportXlsxAsync(Layout, rows.Select(Item).Select(i => new PetitionLedgerRow
        {
            Number = i.Number,
            Channel = i.Channel,
            ReceivedOn = Day(i.ReceivedOn),
            PetitionerName = i.PetitionerName,
            IdNumber = i.IdNumber,
            Phone = i.Phone,
            Address = i.Address,
            Visitors = i.Visitors.ToString(CultureInfo.InvariantCulture),
            Representatives = i.Representatives.ToString(CultureInfo.InvariantCulture),
            Matter = i.Matter,
            Content = i.Content,
            State = i.StateName,
            Repeat = i.IsRepeat ? $"是（前件{i.RepeatOfNumber}）" : "否",
            AcknowledgeDue = Day(i.AcknowledgeDue),
            HandleDue = Day(i.HandleDue),
            AnsweredOn = Day(i.AnsweredOn),
            Rating = i.Rating,
        }), ct);
    }

    /// <summary>
    /// 导入: every row is checked by the same rules as the registration form; a file with any bad row is refused whole with
    /// every bad row reported; otherwise each row is registered (numbered, encrypted, repeat-checked) in one transaction.
    /// </summary>
    public async Task<IReadOnlyList<Petition>> ImportAsync(Stream file, string fileName, string regionCode, ProcedureActor actor, CancellationToken ct)
    {
        var parsed = await Ledgers.ImportAsync(Layout, file, fileName, ct);
        var today = LegalDate.Today(time);
        var errors = new List<LedgerRowError>();
        var inputs = new List<RegisterPetitionInput>();
        foreach (var (row, value) in parsed.Rows)
        {
            var input = new RegisterPetitionInput
            {
                Channel = value.Channel,
                PetitionerName = value.PetitionerName,
                IdNumber = value.IdNumber,
                Phone = value.Phone,
                Address = value.Address,
                Matter = value.Matter,
                Content = value.Content,
            };
            if (string.IsNullOrWhiteSpace(value.ReceivedOn))
            {
                errors.Add(new LedgerRowError(row, "收到日期", "请填写收到（来访）日期"));
            }
            else if (Cells.Date(value.ReceivedOn, out var received) is { } reason)
            {
                errors.Add(new LedgerRowError(row, "收到日期", reason));
            }
            else
            {
                input = input with { ReceivedOn = received };
            }

            input = input with { Visitors = Number(value.Visitors, row, "来访人数", errors), Representatives = Number(value.Representatives, row, "代表人数", errors) };
            try
            {
                RegisterPetition.Check(input, today);
                inputs.Add(input);
            }
            catch (FieldValidationException e)
            {
                errors.AddRange(e.Errors.Where(x => !(x.Key == "receivedOn" && input.ReceivedOn is null))
                    .SelectMany(x => x.Value.Select(m => new LedgerRowError(row, Headers.GetValueOrDefault(x.Key, x.Key), m))));
            }
        }

        if (errors.Count > 0)
        {
            throw new LedgerImportException(errors);
        }

        await calendars.GetAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var created = new List<Petition>();
        foreach (var input in inputs)
        {
            created.Add(await register.ExecuteAsync(input, regionCode, actor, ct));
        }

        await transaction.CommitAsync(ct);
        return created;
    }

    private PetitionListItem Item(Petition p) => new(p.Id, p.Number, Names.Of(p.Channel), p.ReceivedOn, Masking.PersonName(p.PetitionerName),
        PetitionDetails.MaskedIdNumber(protector, p), PetitionDetails.MaskedPhone(protector, p), Masking.Address(p.Address), p.Visitors, p.Representatives,
        p.Matter, p.Content, p.State, PetitionProcedure.NameOf(p.State), p.IsRepeat, p.RepeatOfNumber, Names.Of(p.Category), p.AcknowledgeDue, p.HandleDue,
        p.AnsweredOn, Names.Of(p.Rating), p.BaoAnLeader);

    private (IQueryable<Petition> Query, int Page, int Size) Build(PetitionFilter filter)
    {
        var errors = new Dictionary<string, string[]>();
        var query = db.Set<Petition>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var q = filter.Q.Trim();
            if (q.Length > 100)
            {
                errors["q"] = ["检索词不能超过100个字符"];
            }

            if (Identifiers.CheckResidentIdNumber(q) is null)
            {
                var key = index.Compute(Petition.IdNumberPurpose, Identifiers.NormalizeIdNumber(q));
                query = query.Where(p => p.IdNumberIndex == key);
            }
            else if (q.Length >= 7 && q.All(c => char.IsAsciiDigit(c) || c == '-'))
            {
                var key = index.Compute(Petition.PhonePurpose, q);
                query = query.Where(p => p.PhoneIndex == key || p.Number.Contains(q));
            }
            else
            {
                query = query.Where(p => p.Number.Contains(q) || p.Matter.Contains(q) || p.Content.Contains(q) || p.PetitionerName.Contains(q));
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.State))
        {
            var state = filter.State.Trim();
            if (PetitionProcedure.States.All(s => s.Key != state))
            {
                errors["state"] = ["状态不正确"];
            }

            query = query.Where(p => p.State == state);
        }

        if (!string.IsNullOrWhiteSpace(filter.Channel))
        {
            if (Names.Parse<PetitionChannel>(filter.Channel) is { } channel)
            {
                query = query.Where(p => p.Channel == channel);
            }
            else
            {
                errors["channel"] = ["信访渠道不正确"];
            }
        }

        if (!string.IsNullOrWhiteSpace(filter.Year))
        {
            if (int.TryParse(filter.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2022 and <= 2100)
            {
                var from = new DateOnly(year, 1, 1);
                var to = from.AddYears(1);
                query = query.Where(p => p.ReceivedOn >= from && p.ReceivedOn < to);
            }
            else
            {
                errors["year"] = ["年度应为2022年以后的四位数字"];
            }
        }

        var today = LegalDate.Today(time);
        switch (filter.Flag?.Trim())
        {
            case null or "":
                break;
            case "repeat":
                query = query.Where(p => p.IsRepeat);
                break;
            case "bao_an":
                query = query.Where(p => p.BaoAnAssignedOn != null);
                break;
            case "campaign":
                query = query.Where(p => p.CampaignId != null);
                break;
            case "overdue":
                query = query.Where(p => (p.State == PetitionProcedure.Registered && p.AcknowledgeDue < today)
                    || (p.State == PetitionProcedure.Accepted && p.HandleDue < today));
                break;
            default:
                errors["flag"] = ["筛选项应为 repeat、bao_an、campaign 或 overdue"];
                break;
        }

        var (page, size) = Paging.Parse(filter.Page, filter.PageSize, errors, maxSize: MaxPageSize);
        var sort = filter.Sort?.Trim() ?? "";
        var descending = sort.StartsWith('-');
        query = sort.TrimStart('-') switch
        {
            "" => query.OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Number),
            "received" => descending ? query.OrderByDescending(p => p.ReceivedOn).ThenBy(p => p.Id) : query.OrderBy(p => p.ReceivedOn).ThenBy(p => p.Id),
            "number" => descending ? query.OrderByDescending(p => p.Number) : query.OrderBy(p => p.Number),
            "state" => descending ? query.OrderByDescending(p => p.State).ThenBy(p => p.Id) : query.OrderBy(p => p.State).ThenBy(p => p.Id),
            "due" => descending ? query.OrderByDescending(p => p.HandleDue).ThenBy(p => p.Id) : query.OrderBy(p => p.HandleDue).ThenBy(p => p.Id),
            _ => Invalid(query, errors),
        };

        return errors.Count > 0 ? throw new FieldValidationException(errors) : (query, page, size);
    }

    private static IQueryable<Petition> Invalid(IQueryable<Petition> query, Dictionary<string, string[]> errors)
    {
        errors["sort"] = ["排序方式应为 received、number、state 或 due（前加 - 为倒序）"];
        return query;
    }

    private static string? Set(Action assign)
    {
        assign();
        return null;
    }

    private static int? Number(string? text, int row, string column, List<LedgerRowError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }

        errors.Add(new LedgerRowError(row, column, $"“{text}”不是整数"));
        return null;
    }

    private static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}

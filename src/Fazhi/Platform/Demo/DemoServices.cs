using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Claims;

using Fazhi.Platform.Calendar;
using Fazhi.Platform.Identity;
using Fazhi.Platform.Procedures;

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Fazhi.Platform.Demo;

/// <summary>
/// 演示时钟: the "today" of the demo records being generated. A generator sets it to each step's date, so the use cases
/// record a 2022 case as having happened in 2022 (submission dates, clocks, numbers, timestamps) instead of today.
/// </summary>
public sealed class DemoClock(DateOnly day) : TimeProvider
{
    private DateTimeOffset _now = OfficeHours(day, 0);

    public DateOnly Today => LegalDate.Today(this);

    public override DateTimeOffset GetUtcNow() => _now;

    /// <summary>Sets the clock to the day at 09:00 China time plus <paramref name="minutes"/> (so steps of a day keep their order).</summary>
    public void Set(DateOnly day, int minutes = 0) => _now = OfficeHours(day, minutes);

    private static DateTimeOffset OfficeHours(DateOnly day, int minutes) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 0)), LegalDate.ChinaOffset).AddMinutes(minutes).ToUniversalTime();
}

/// <summary>
/// A generator's services with the <see cref="DemoClock"/> in place of the platform clock. A service whose construction
/// reaches a <see cref="TimeProvider"/> (directly, or through another module's contract implementation) is built afresh
/// over this provider, so a whole use case — with the other modules it calls — runs on the demo date; everything else,
/// the unit of work (DbContext) and the calendar cache included, is the scope's own instance. Built services live as long
/// as this object (one generator run), like scoped services.
/// </summary>
public sealed class DemoServices : IServiceProvider, IServiceProviderIsService
{
    private readonly IServiceProvider _inner;
    private readonly Dictionary<Type, object> _built = [];
    private readonly ConcurrentDictionary<Type, bool> _needsClock = new();

    public DemoServices(DemoContext context, DateOnly start)
    {
        _inner = context.Services;
        Clock = new DemoClock(start);
    }

    public DemoClock Clock { get; }

    public T Get<T>()
        where T : notnull => (T)(GetService(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} 未注册"));

    public object? GetService(Type serviceType)
    {
        if (serviceType == typeof(TimeProvider))
        {
            return Clock;
        }

        if (serviceType == typeof(IServiceProvider))
        {
            return this;
        }

        if (serviceType == typeof(IServiceProviderIsService))
        {
            return this;
        }

        if (_built.TryGetValue(serviceType, out var built))
        {
            return built;
        }

        var instance = _inner.GetService(serviceType);
        if (instance is null || !NeedsClock(instance.GetType(), []))
        {
            return instance;
        }

        built = ActivatorUtilities.CreateInstance(this, instance.GetType());
        _built[serviceType] = built;
        return built;
    }

    public bool IsService(Type serviceType) =>
        serviceType == typeof(TimeProvider) || _inner.GetService<IServiceProviderIsService>()?.IsService(serviceType) == true;

    /// <summary>The principal the user would have after signing in (roles, permissions, region), to act as that user.</summary>
    public async Task<ClaimsPrincipal> UserAsync(string login)
    {
        var users = _inner.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(login) ?? throw new InvalidOperationException($"演示账户 {login} 不存在");
        return await _inner.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user);
    }

    /// <summary>The working-day calendar as loaded now (ask again after loading a year).</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct) =>
        await _inner.GetRequiredService<ICalendarSource>().GetAsync(ct);

    // The unit of work and the calendar cache stay shared: rebuilding them would split the generator's saves or
    // reload the calendar; neither decides a legal date.
    private static bool Kept(Type type) => typeof(DbContext).IsAssignableFrom(type) || typeof(ICalendarSource).IsAssignableFrom(type);

    private bool NeedsClock(Type type, HashSet<Type> visiting)
    {
        if (Kept(type))
        {
            return false;
        }

        if (_needsClock.TryGetValue(type, out var known))
        {
            return known;
        }

        if (!visiting.Add(type))
        {
            return false;
        }

        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).MaxBy(c => c.GetParameters().Length);
        var needs = constructor is not null && constructor.GetParameters().Any(p =>
            p.ParameterType == typeof(TimeProvider)
            || (!p.ParameterType.IsValueType && p.ParameterType != typeof(string)
                && _inner.GetService(p.ParameterType) is { } dependency && NeedsClock(dependency.GetType(), visiting)));
        _needsClock[type] = needs;
        return needs;
    }
}

/// <summary>Dates for demo records: official acts fall on working days of the loaded calendar.</summary>
public static class DemoDates
{
    /// <summary>The working day <paramref name="days"/> working days after <paramref name="from"/> (0 = the next working day from it, itself included).</summary>
    public static DateOnly After(this WorkingDayCalendar calendar, DateOnly from, int days) =>
        days == 0 ? calendar.OnOrAfter(from) : calendar.AddWorkingDays(from, days).Due;

    public static DateOnly OnOrAfter(this WorkingDayCalendar calendar, DateOnly day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary><paramref name="count"/> working days drawn from [first, last], in date order (a day may repeat).</summary>
    public static List<DateOnly> Spread(this WorkingDayCalendar calendar, Random random, DateOnly first, DateOnly last, int count)
    {
        var days = new List<DateOnly>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            if (calendar.IsWorkingDay(d))
            {
                days.Add(d);
            }
        }

        return Enumerable.Range(0, count).Select(_ => days[random.Next(days.Count)]).Order().ToList();
    }
}

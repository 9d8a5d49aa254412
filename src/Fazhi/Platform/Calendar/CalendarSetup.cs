using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fazhi.Platform.Calendar;

/// <summary>Registration of the kernel's Calendar services and endpoints.</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services
            .AddSingleton<DatabaseCalendarSource>()
            .AddSingleton<ICalendarSource>(sp => sp.GetRequiredService<DatabaseCalendarSource>())
            .AddScoped<IInterceptor, CalendarChangeInterceptor>()
            .AddScoped<LoadHolidayYear>();

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints) => endpoints.MapCalendarEndpoints();
}

namespace Fazhi.Platform.Calendar;

/// <summary>Registration of the kernel's Calendar services and endpoints.</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddCalendar(this IServiceCollection services) =>
        services.AddSingleton<ICalendarSource, ShippedCalendarSource>();

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder endpoints) => endpoints;
}

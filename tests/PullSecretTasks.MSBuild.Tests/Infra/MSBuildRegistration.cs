using System.Runtime.CompilerServices;
using Microsoft.Build.Locator;

namespace PullSecretTasks.MSBuild.Tests.Infra;

/// <summary>
/// Registers the SDK's MSBuild before any test touches an MSBuild type. Keep MSBuild types out of this file:
/// a method that mentions one makes the JIT load Microsoft.Build before the locator is in place.
/// </summary>
internal static class MSBuildRegistration
{
    [ModuleInitializer]
    internal static void Register()
    {
        if (!MSBuildLocator.IsRegistered)
        {
            MSBuildLocator.RegisterDefaults();
        }
    }
}

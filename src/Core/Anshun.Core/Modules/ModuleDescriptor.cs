using System.Reflection;

namespace Anshun.Core.Modules;

/// <summary>What the kernel knows about one module found at start-up.</summary>
public sealed class ModuleDescriptor
{
    public ModuleDescriptor(ModuleAttribute manifest, Assembly assembly, Type? startupType)
    {
        Manifest = manifest;
        Assembly = assembly;
        StartupType = startupType;
    }

    public ModuleAttribute Manifest { get; }

    public Assembly Assembly { get; }

    public Type? StartupType { get; }

    public string Id => Manifest.Id;

    public string Name => Manifest.Name;

    public IReadOnlyList<string> Dependencies => Manifest.Dependencies;
}

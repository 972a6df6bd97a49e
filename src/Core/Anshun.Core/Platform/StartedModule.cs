using Anshun.Core.Modules;

namespace Anshun.Core.Platform;

/// <summary>An enabled module and its startup instance, kept to configure the pipeline after the container is built.</summary>
public sealed record StartedModule(ModuleDescriptor Module, ModuleStartup Startup);

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" sourcelanguage="en">
<context>
    <name>AdviceBox</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="+91"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Apply: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Argument</name>
    <message>
        <location filename="../../qmpgui/qmp/schema.py" line="+42"/>
        <source>one of {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="+79"/>
        <source>the drive node &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network backend &apos;{name}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalloonBar</name>
    <message>
        <location filename="../../qmpgui/ui/balloon_bar.py" line="+46"/>
        <source>Balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Balloon target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;et</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No VM selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the guest to keep this much memory (the balloon takes the rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Set balloon target refused: {refusal}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../qmpgui/ui/banner.py" line="+33"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchPanel</name>
    <message>
        <location filename="../../qmpgui/ui/batch_panel.py" line="+85"/>
        <source>Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep going after an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+101"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not run yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay between runs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Batch script&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+14"/>
        <source>Nothing sent: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Nothing sent: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Dangerous commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a script with dangerous commands on this VM?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The script sends </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running {commands} commands × {v1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Batch on {display_name}: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quit in a batch script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Load script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scripts (*.qmp *.txt *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>could not read {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loaded {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>could not export to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Exported {v0} results to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatchResultsView</name>
    <message>
        <location filename="../../qmpgui/ui/batch_results.py" line="+43"/>
        <source>Batch results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a result to see what was sent and QEMU&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The chosen result&apos;s exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a result to see what was sent and QEMU&apos;s reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockGraphPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block_graph.py" line="+38"/>
        <source>Block graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockJobsModel</name>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="+88"/>
        <source>
error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockJobsPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block_jobs.py" line="+90"/>
        <location line="+6"/>
        <source>Block jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pa&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;esume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set spee&amp;d…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Switch to the target and end the job (block-job-complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only a mirror or commit job that is ready can be completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+9"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cancel the {v0} job {id} on {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What it has copied so far stays; the rest is not done. A mirror that is ready ends without switching to its target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Set job speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit of {id} in MiB/s (0 for none):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlockPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/block.py" line="+28"/>
        <source>Block devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandFailed</name>
    <message>
        <location filename="../../qmpgui/qmp/errors.py" line="+101"/>
        <source>this QEMU has no command &apos;{command}&apos; ({desc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{command} failed: {error_class}: {desc}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTimeout</name>
    <message>
        <location line="+19"/>
        <source>{command} timed out: QEMU did not answer within {seconds:g} s (is the VM stopped with SIGSTOP, or the monitor stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigFile</name>
    <message>
        <location filename="../../qmpgui/app/config_file.py" line="+146"/>
        <source>{path} changed on disk but {error}: not applied; the window keeps its settings and does not save over the file until it is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is gone; the next save writes it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{name} changed on disk: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} was edited on disk while qmpgui changed the same settings: {v1}. qmpgui&apos;s values are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{head}; the edited file is kept as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{head}; the edited file could not be kept aside ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not saved: {path} could not be read at start-up; qmpgui saves its changes once it can read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>could not save {path}: {reason}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not saved: {path} {error}; qmpgui saves its changes once the file is valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>could not save {path}: {v1}; the previous file is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not saved: {path} {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <location filename="../../qmpgui/ui/confirm.py" line="+47"/>
        <source>Don&apos;t ask again (confirm_destructive in the config file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirmer</name>
    <message>
        <location filename="../../qmpgui/app/confirmation.py" line="+50"/>
        <source>destructive actions no longer ask first (confirm_destructive: false)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../qmpgui/ui/connection_dialog.py" line="+51"/>
        <source>Add connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libvirt connection URI: {EXAMPLES} (with ?keyfile=KEY&amp;no_verify=1 and the other URI parameters libvirt takes). Every domain of it shows under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give a libvirt URI such as {EXAMPLES}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{uri} is in the list already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRows</name>
    <message>
        <location filename="../../qmpgui/app/connection_rows.py" line="+86"/>
        <source>{uri}: disconnected by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{uri}: domain {name} was undefined in libvirt; removed from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <location filename="../../qmpgui/qmp/screendump.py" line="+57"/>
        <source>text console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{device}, head {head}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleBar</name>
    <message>
        <location filename="../../qmpgui/ui/console_bar.py" line="+30"/>
        <source>Raw QMP: JSON or shorthand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Human monitor commands, sent with human-monitor-command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show this VM&apos;s QMP events in the transcript as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Batch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run a script of commands, once or many times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleCompletion</name>
    <message>
        <location filename="../../qmpgui/ui/console_completion.py" line="+146"/>
        <source>no command &apos;{word}&apos; on this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>type a command first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleInput</name>
    <message>
        <location filename="../../qmpgui/ui/console_input.py" line="+55"/>
        <source>Console input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleWidget</name>
    <message>
        <location filename="../../qmpgui/ui/console.py" line="+105"/>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+135"/>
        <location line="+14"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-147"/>
        <location line="+71"/>
        <source>Send (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>info status   — Enter sends, Tab completes from help, Up/Down and Ctrl+R recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{&quot;execute&quot;: &quot;query-status&quot;}   or   query-status   — Ctrl+Enter sends, Tab completes, Up/Down and Ctrl+R recall, Ctrl+T inserts a template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>not sent: {display_name} is not connected ({v1}); connect first (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not sent: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HMP takes one line at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Command behind libvirt&apos;s back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {command} to this libvirt domain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dangerous command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send {what} to this VM?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Consoles</name>
    <message>
        <location filename="../../qmpgui/app/consoles.py" line="+60"/>
        <source>Select a VM to talk to its QMP monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the console history was not saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the file could not be read at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the console history was not saved to {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/console_ops.py" line="+71"/>
        <source>the console failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the domain&apos;s console closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the console of {domain} is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the console of {domain} takes no more input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CopyMenu</name>
    <message>
        <location filename="../../qmpgui/ui/copy_menu.py" line="+40"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy whole pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy whole pane as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpuForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="+410"/>
        <source>this VM has no free vCPU slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CpuSlot</name>
    <message>
        <location filename="../../qmpgui/qmp/presets.py" line="+90"/>
        <source>the next slot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVm</name>
    <message>
        <location filename="../../qmpgui/host/demo.py" line="+269"/>
        <source>could not write the demo VM&apos;s disk images: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QEMU exited at start-up: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU did not open its QMP socket within {START_TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceAddDialog</name>
    <message>
        <location filename="../../qmpgui/ui/device_add_dialog.py" line="+58"/>
        <source>Add device to {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Search device types (name or description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose a device type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the command to the clipboard, to paste in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source> (also &apos;{alias}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Not now: {why_not}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>{shown} of {count} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>{category} device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, on a {bus} bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {about}{where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>choose a device type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the id &apos;{device_id}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not an id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/device_ids.py" line="+9"/>
        <source>(QEMU chooses)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>asking QEMU…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the device an id: without one it cannot be removed later (device_del names it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceForm</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="+287"/>
        <source>&lt;b&gt;Backend&lt;/b&gt;: what the device uses on the host side (a disk needs its drive, a NIC its netdev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Other properties&lt;/b&gt;: QEMU&apos;s defaults unless changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{UNSET_TEXT} (QEMU lists {default} for &apos;not set&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRemoval</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_removal.py" line="+77"/>
        <source>{DEL_LABEL}: QEMU did not list its devices: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{DEL_LABEL}: {display_name} has no device with an id that QEMU can unplug (it unplugs a device by its id, and not every type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Remove which device of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../qmpgui/app/actions/devices.py" line="+107"/>
        <source>{ADD_LABEL}: QEMU did not list its device types: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{internal} more types are QEMU&apos;s own parts, which only QEMU creates: not listed. {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>QEMU did not list the properties of {name}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>{ADD_LABEL} failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{ADD_LABEL}: {v1} &apos;{v2}&apos; added ({short})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>QEMU did not answer within {command_timeout_s:g} s: &apos;{device_id}&apos; may still be added when it does; qmpgui looks for it for {LATE_LOOK_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{ADD_LABEL} failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{ADD_LABEL}: &apos;{device_id}&apos; was added after all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DevicesPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/devices.py" line="+24"/>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiskForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-47"/>
        <source>{model} cannot go into this VM now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_displays.py" line="+22"/>
        <source>Display device and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this QEMU cannot choose a display (needs 2.12 or later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a display device and head</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n (display has|displays have) no id and cannot be chosen by name; give the device an id (-device ...,id=NAME) to choose it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DisplayPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/display.py" line="+53"/>
        <source>Remote displays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Op&amp;en viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Open the VM&apos;s display in a remote viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No VNC or SPICE server is enabled on this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Copied {address}: no desktop viewer speaks {name} over a websocket; open it in a web client such as noVNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No viewer for {name} on {text} is installed: {v2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>started {name}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not start {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayPasswordBox</name>
    <message>
        <location filename="../../qmpgui/ui/display_password.py" line="+110"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New display password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+152"/>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set expiry only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Display:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passwor&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source> Only the first {VNC_PASSWORD_CHARS} characters of a VNC password count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Set an empty {name} password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Set a {name} password that has expired?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With the expiry “{v0}” the password is expired as soon as it is set: no viewer can log in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Expire the {name} password now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the expiry “{v0}” the password expires at once: no viewer can log in with it until a new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expire it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Display password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="+194"/>
        <source>no such domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDeviceDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_device_dialog.py" line="+90"/>
        <source>Add device — {vm_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>user networking (QEMU&apos;s own, no libvirt network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Keep in the domain&apos;s definition (it comes back at next start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;MAC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Device XML sent to libvirt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} (libvirt network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>found: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>give the disk&apos;s image file (its path on the domain&apos;s host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>give the image&apos;s full path, from / (libvirt does not read it from a folder of yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the disc&apos;s image: libvirt cannot hot-plug an empty CD-ROM drive (Eject empties it afterwards)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give the target name the guest sees the disk by (vdb, sdb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the domain has a disk &apos;{target}&apos; already: choose another target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainDevices</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_devices.py" line="+129"/>
        <source>the device was not attached: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>kept in the domain&apos;s definition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{ADD_LABEL} (libvirt attach_device) ok: attached, {kept}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainInactive</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="-168"/>
        <source>{name} is {words} in libvirt: Start boots it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMemory</name>
    <message>
        <location filename="../../qmpgui/qmp/memory.py" line="+159"/>
        <source>libvirt memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigrateDialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_migrate_dialog.py" line="+106"/>
        <source>Migrate {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keep it defined at the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the destination&apos;s libvirt keeps the domain&apos;s definition: it can be started there again after it stops (virsh migrate --persistent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Remove it from this host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this libvirt forgets the domain once it runs at the destination (virsh migrate --undefinesource); off: it stays here, shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migrate even if libvirt calls it &amp;unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning: libvirt refuses disks it cannot tell are shared with the destination (and writable disks without cache=none); forced, the guest at the destination may see its disks corrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>where the destination&apos;s QEMU listens for the memory; empty: the destination host&apos;s name (virsh migrate&apos;s MIGRATEURI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Data &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name}Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not available: libvirt does not take it here. ({line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A libvirt connection of the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The libvirt connection of the host the domain goes to, opened with your own credentials (SSH keys, agent): {EXAMPLES}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigratingIn</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="+29"/>
        <source>{name} is {MIGRATING_IN}: libvirt holds its QEMU until the migration ends (the source&apos;s Migration pane follows it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMigrator</name>
    <message>
        <location filename="../../qmpgui/session/domain_migration.py" line="+229"/>
        <source>migration to {uri} starting through libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+78"/>
        <source>libvirt migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>cancelled (Cancel migration): the domain keeps running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source> in {v0:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration completed{took}: {name} runs at the destination now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its definition was removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it stays defined here, shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (not defined there: it goes when it stops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}: {name} runs on {destination} now{kept}; {here}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>migration cancelled{when}: {name} keeps running here; nothing stays at {destination}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migration to {destination} failed{v1}: {v2} ({name} keeps running here unless `virsh domstate {name}` says otherwise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libvirt gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Change migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMonitor</name>
    <message>
        <location filename="../../qmpgui/virt/monitor.py" line="+108"/>
        <source>connection lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>libvirt restarts QEMU to revert the domain to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the domain {v0}: it is {state} (libvirt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{name} not sent: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} not sent: {libvirt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{name}: a command needs &apos;execute&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainSnapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_snapshots.py" line="+91"/>
        <source>Replace snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt deletes the old one and saves a new one under its name: the domain can no longer go back to the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+9"/>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Revert {display_name} to snapshot &apos;{tag}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Everything the domain did since {when} is lost: libvirt brings its disks and its memory back to the snapshot, and the domain is {after} afterwards, as it was then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+10"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The domain can no longer go back to how it was at {when}; the running domain is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ending</name>
    <message>
        <location filename="../../qmpgui/app/ending.py" line="+129"/>
        <source>could not finish everything before quitting: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{name} again: qmpgui quits at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} while closing: qmpgui quits at once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventLogView</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_view.py" line="+115"/>
        <location line="+48"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Selected entry as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select an entry to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Show entries of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the entries of one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show entries named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the entries with the names ticked, or one name alone (only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>Filter text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only entries containing this text in their VM, name, summary or data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pause scrolling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the table still while new entries arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove every entry from the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selected entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save entries as JSON Lines, one entry per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>All VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No names</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln name(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>{v0:,} of %Ln (entry|entries)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {dropped:,} oldest dropped (limit {limit:,})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; filtering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Export the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not export to {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>exported %Ln (entry|entries) to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExitWhenConnected</name>
    <message>
        <location filename="../../qmpgui/app/exit_when_connected.py" line="+79"/>
        <source>connected to {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not connected within {seconds:g} s: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no VM to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Expiry</name>
    <message>
        <location filename="../../qmpgui/qmp/display_password.py" line="+87"/>
        <source>it never expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has expired: no one can log in with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it expires in {seconds} s (at {v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it expires at {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="-192"/>
        <location line="+31"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+34"/>
        <source>type its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>made by the device itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bytes, or with a unit: 512, 4K, 2M, 1G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{tip}
QEMU did not list them: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>choose one, or type its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>free: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>left out: {name}, {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&apos;{name}&apos; takes an integer from {low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{name}&apos; takes a size: 512, 4K, 2M, 1G</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fleet</name>
    <message>
        <location filename="../../qmpgui/app/fleet.py" line="+307"/>
        <source>{key} (not a qmpgui setting: kept as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>connection {uri} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection {uri} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VM {display_name} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>VM {display_name} added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>starting the demo VM (QEMU, TCG, 128 MiB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo VM: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundSockets</name>
    <message>
        <location filename="../../qmpgui/ui/found_sockets.py" line="+45"/>
        <source>&lt;b&gt;Found sockets&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Look for QMP sockets again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Found sockets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Looking in {v0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The search failed: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="+90"/>
        <source>not a handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an endpoint is not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Health</name>
    <message>
        <location filename="../../qmpgui/session/health.py" line="+43"/>
        <source>{running} running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no VMs running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{running}, {v1} with a problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryFile</name>
    <message>
        <location filename="../../qmpgui/store/history.py" line="+173"/>
        <source>not UTF-8 text ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read the command history {path}: {v1}; commands from this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {lineno} column {colno}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a history file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{skipped} entries of the command history {path} were not text and were left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the command history {path} is unreadable ({what}) and could not be moved aside ({v2}); commands from this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the command history {path} was unreadable ({what}); it was kept as {name} and the history starts empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistorySearch</name>
    <message>
        <location filename="../../qmpgui/ui/console_search.py" line="+43"/>
        <source>Search history: type, Ctrl+R for older, Enter to take, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HostForwardDialog</name>
    <message>
        <location filename="../../qmpgui/ui/hostfwd_dialog.py" line="+28"/>
        <source>Add host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forward a port of QEMU&apos;s host to the guest of {vm} through {nic}&apos;s user networking ({netdev}): connections to the host port reach the guest port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>any address of the host (or 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Protocol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Host port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guest port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not yet: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-186"/>
        <source>image file on {remote}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU runs on {remote}: type its path there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>detect: qemu-img reads the format from the file on this host before anything is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the guest only reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a disk image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.qcow2 *.img *.raw *.iso *.vmdk *.vdi *.vhd *.vhdx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>chosen raw: the guest sees the {format} file&apos;s own bytes, not its disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>found: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>choose an image file first: its format is read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the image&apos;s format is not known yet: it is read from the file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the format of {path} is not known yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageFormatBox</name>
    <message>
        <location filename="../../qmpgui/ui/image_format_box.py" line="+83"/>
        <source>choose the image&apos;s format, raw or qcow2: the file is on the domain&apos;s host, where qmpgui cannot read it (qemu-img info FILE there says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it was not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the image&apos;s format, raw or qcow2: qmpgui could not read it ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is a {format} image (qemu-img info): attached as {chosen}, the guest sees its {format} data as the disk, and a write damages the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InputError</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand_words.py" line="+27"/>
        <source>line {line}, column {column}: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/inspect.py" line="+233"/>
        <source>No VM selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{display_name}: loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{display_name}: updated {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{display_name}: {state}; showing data from {when}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <location line="-192"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy whole pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy whole pane as JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Instance</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="+37"/>
        <source>cannot lock {lock_path} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot listen on {socket_path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>not understood: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>qmpgui (pid {holder})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{who} is running with {config_path} but did not answer within {timeout_s:g} s. Close it, or start this one with another --config file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobWatch</name>
    <message>
        <location filename="../../qmpgui/session/block_jobs.py" line="+86"/>
        <location line="+10"/>
        <source>block job</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <location filename="../../qmpgui/ui/key_dialog.py" line="+59"/>
        <source>Send keys to {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU&apos;s key names (QKeyCode), joined by - or +: ctrl-alt-f7, shift-a, alt-sysrq-s. They are pressed in this order and released together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keys are pressed in the order typed, held for {HOLD_TIME_MS} ms and released in reverse order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sends </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../qmpgui/app/actions/keys.py" line="+81"/>
        <source>{label} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KvmInfo</name>
    <message>
        <location filename="../../qmpgui/qmp/machine.py" line="+125"/>
        <source>TCG (KVM available but not used)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibvirtConnection</name>
    <message numerus="yes">
        <location filename="../../qmpgui/session/libvirt_connection.py" line="+100"/>
        <source>connected: %n domain(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source> in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{head}: trying again{left} (attempt {attempt})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>the libvirt worker ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>connection lost: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{reason}; qmpgui tries again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../qmpgui/app/actions/lifecycle.py" line="+75"/>
        <location line="+9"/>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Force {display_name} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU ends at once (quit), like pulling the plug: the guest cannot save anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListActions</name>
    <message>
        <location filename="../../qmpgui/app/list_actions.py" line="+34"/>
        <source>&amp;Add VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a QMP endpoint to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add c&amp;onnection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a libvirt connection (qemu:///system): every domain of it shows under it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected VM&apos;s name or endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Remove VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected VMs from the list (QEMU keeps running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connect to the selected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disconnect from the selected VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the selected VM for everything the panes show, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>select a VM first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{display_name} is a domain of {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a libvirt connection has nothing to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>select one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{domain}: its name is libvirt&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{domain}: remove its connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>  {uri} and its {v1} domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from the list:
{names}

qmpgui disconnects; QEMU keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> and libvirt keeps the domains.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListView</name>
    <message>
        <location filename="../../qmpgui/app/list_view.py" line="+32"/>
        <source>All &amp;running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All &amp;paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All with p&amp;roblems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>has a problem (panicked, stopped on an error, connection lost or failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the VMs as one list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the VMs by what they are reached through: this machine&apos;s unix sockets, a TCP or TLS host, an SSH connection, a libvirt connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group the VMs by the machine their QEMU runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select every VM shown in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select every VM shown that {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Se&amp;lect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (the filter hides some VMs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select: no VM shown {word}{hidden}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Listener</name>
    <message>
        <location filename="../../qmpgui/qmp/display.py" line="+228"/>
        <source>unix socket {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_live.py" line="+43"/>
        <source>&amp;Live every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh by itself; pauses while this window is hidden or minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Live refresh interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>{rate:.1f} fps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogHub</name>
    <message>
        <location filename="../../qmpgui/app/log_hub.py" line="+127"/>
        <source>could not read the event log in {folder}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the event log is not being saved in {folder}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the event log&apos;s last entries were not saved in {folder}: {failed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopEnded</name>
    <message>
        <location filename="../../qmpgui/app/event_loop.py" line="+187"/>
        <source>Qt ended the event loop by itself (exit code {exit_code})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MachinePane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/machine.py" line="+26"/>
        <source>Machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../qmpgui/app/main_window.py" line="+334"/>
        <source>qmpgui closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a file was not written: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Disconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/app/window_parts.py" line="+51"/>
        <source>the demo VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>qmpgui was started again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qmpgui was started again: opened {opened}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Media</name>
    <message>
        <location filename="../../qmpgui/app/actions/media.py" line="+77"/>
        <source>no drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{verb} which drive of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>eject: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+138"/>
        <source>Force {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>QEMU asked the guest to open it; a guest that uses the medium may refuse. Force eject takes the medium away even so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Tray locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest has locked the tray of {name} in {display_name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>change media: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QEMU asked the guest to open it. Force takes the old medium away and inserts {path} even so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Force change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest has locked the tray of {name}, and this QEMU cannot force a change: Eject (with Force eject) first, then Change media</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaDialog</name>
    <message>
        <location filename="../../qmpgui/ui/media_dialog.py" line="+84"/>
        <source>Change media — {vm_name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>detect (QEMU probes the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on {remote_host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU runs on {remote_host}: type the path it has there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disk images (*.iso *.img *.raw *.qcow2 *.vmdk *.vdi *.vhd *.vhdx *.dmg);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>QEMU on {remote_host} opens this path on that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU opens the file itself, as its own user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessagePath</name>
    <message>
        <location filename="../../qmpgui/app/messages.py" line="+73"/>
        <source>Attention: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrate</name>
    <message>
        <location filename="../../qmpgui/app/actions/migrate.py" line="+179"/>
        <source>{MIGRATE_LABEL}: started to {uri} through libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{label}: {command} refused: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrateDialog</name>
    <message>
        <location filename="../../qmpgui/ui/migrate_dialog.py" line="+149"/>
        <source>Migrate {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>listening at {proposed_uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Where a QEMU already listens (started with -incoming URI), or where the stream goes (exec:, file:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>tcp:HOST:PORT that this VM&apos;s host can reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A migration to {name} failed after it began ({spent}): its QEMU ignores further connections (QEMU takes one incoming migration per listen), so this one would fail too. Start its QEMU again, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} listens there already: it is sent only the options both sides need (no migrate-incoming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is told to listen there first (migrate-incoming).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{display_name} runs on another host: give the address it should listen on, reachable from this VM&apos;s host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>asking this VM&apos;s QEMU what it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this VM&apos;s QEMU does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{display_name}&apos;s QEMU does not offer it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} has another UUID than this VM: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not available: {why}. ({line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> — the QEMU listening there must have it on too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, and this VM&apos;s UUID ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no -uuid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationChart</name>
    <message>
        <location filename="../../qmpgui/ui/migration_chart.py" line="+66"/>
        <source>Migration chart: memory left and throughput over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>{v0} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>time since the migration started (s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/migration.py" line="+72"/>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Cancel migration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Migration figures and chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Limits, changed while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set &amp;limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source> Figures from {display_name}, the source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> QEMU gives no figures on the destination side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No VM selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(QEMU has {value}{v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{CHANGE_LABEL}: the limits are already so</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The domain keeps running here; libvirt removes what it had started at the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The VM keeps running here; the destination QEMU exits (start it again to take another migration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the migration of {display_name}?

{after}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrations</name>
    <message>
        <location filename="../../qmpgui/session/migration.py" line="+245"/>
        <source> (the Migration pane says what would help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>an incoming migration: {words} (the Migration pane follows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a migration started by another client: {words}; where to, QEMU does not tell (the Migration pane follows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>migration started to {to}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameFilterMenu</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_names.py" line="+135"/>
        <source>All names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRow</name>
    <message>
        <location line="-75"/>
        <source>Show or hide the entries named {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only the entries named {name} (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/network.py" line="+48"/>
        <source>Network interfaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Link &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd host forward…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R&amp;emove host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Select a NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set the selected NIC&apos;s link (set_link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forward a host port to the guest (HMP hostfwd_add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a NIC on user networking (-netdev user): only it has host forwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected host forward (HMP hostfwd_remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a host forward under its NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+8"/>
        <source>Set link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Set the link of {name} ({v1}) on {display_name} down?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NicForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_nic_form.py" line="+34"/>
        <source>user networking: the guest reaches out through QEMU&apos;s NAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a tap interface of the host (QEMU needs the right to make it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tap interface name (empty: the host names it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (script=no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{TAP_UP_SCRIPT} and {TAP_DOWN_SCRIPT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tap name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tap scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{model} cannot go into this VM now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <location filename="../../qmpgui/ui/notifier.py" line="+69"/>
        <source>connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (and {more} more since the last notice)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OneLine</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="-57"/>
        <source>Raise…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../qmpgui/session/control.py" line="+55"/>
        <source>ok ({v0}){v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{label} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PciPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/pci.py" line="+23"/>
        <source>PCI tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Poller</name>
    <message>
        <location filename="../../qmpgui/session/polling.py" line="+364"/>
        <source>unexpected reply: {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerdownRow</name>
    <message>
        <location filename="../../qmpgui/ui/powerdown_bar.py" line="+45"/>
        <source>Force &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit QEMU now: like pulling the plug, unsaved guest data is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep &amp;waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>Stop waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>asking the guest to power down…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>power down asked; waiting for the guest to shut down — {left} s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{detail}. It may ignore the power button: force it off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{detail}: the guest had no chance to shut down cleanly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>powered off — {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>power down failed: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PowerdownWatch</name>
    <message>
        <location filename="../../qmpgui/session/powerdown.py" line="+114"/>
        <source>stopped waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>forced off ({how})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the guest did not power off within {timeout_s:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the guest powered off ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the guest powered off; QEMU keeps running (-no-shutdown): Reset or Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>QEMU exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the connection to QEMU ended before the guest powered off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="+121"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ask before destructive actions (start, reset, power down, quit, eject, removing VMs, dangerous console commands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <source>default: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Show an icon in the system tray (VMs running and with problems, their actions, notices; closing the window then hides it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tray_icon: shown where the desktop has a system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every setting above to its default (the recent images stay: Clear)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied at once and saved in the configuration file; an edit of the file while qmpgui runs is taken too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{v0}; default {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the screendump viewer saves (screendump_folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Screendumps saved in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default: the home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keys that give the keyboard and mouse back from the Screen tab (screen_release_keys; QEMU&apos;s key names, such as ctrl-alt or ctrl-alt_r)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen &amp;releases on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default: ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>How the toolbar shows its actions (toolbar_style; also View → Toolbar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Toolbar shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>default: text beside icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images Change media offers again (recent_media)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at most {RECENT_MEDIA}, newest first; default none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>give the folder&apos;s full path (starting with / or ~), or leave it empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+14"/>
        <source>must be {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>enter {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a number: enter {want}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>fix {v0} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save screendumps in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetForm</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-213"/>
        <source>give the device an id: Remove device names it by its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the id &apos;{device_id}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresetPage</name>
    <message>
        <location filename="../../qmpgui/ui/device_presets.py" line="+120"/>
        <source>&amp;Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Copy the commands, one a line, to paste in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Sent in this order; what a step made is removed again if a later one fails:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: {desc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+13"/>
        <source>choose a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not yet: {blocker}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presets</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_presets.py" line="+116"/>
        <source>{name}: {problem}; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}: {v1}; nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> with {v0} (removed with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{ADD_LABEL}: {name} &apos;{device_id}&apos; added{with_made}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{ADD_LABEL} failed: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Process</name>
    <message>
        <location filename="../../qmpgui/qmp/unix_peers.py" line="+209"/>
        <source>pid {pid} ({text})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PtyTransport</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="+135"/>
        <source>the pty is closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QmpConnection</name>
    <message>
        <location filename="../../qmpgui/qmp/connection.py" line="+355"/>
        <source>{command} not sent: {closed_reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{command} not sent: the connection to QEMU was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{command} not sent: not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomCopy</name>
    <message>
        <location filename="../../qmpgui/ui/qom_copy.py" line="+63"/>
        <source>Copy subtree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every object under this one with its property values, as QEMU&apos;s qom-tree prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Copying the subtree of {path}: {done} objects read, {waiting} to go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copied the subtree of {path}: {objects} objects, as qom-tree prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy subtree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/qom.py" line="+66"/>
        <source>R&amp;efresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the open objects and the selected one&apos;s values again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>QOM tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <source>QOM browser: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>list {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>read {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} not set: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{path} {name} is now {words} (read back with qom-get)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} is not in the tree (gone, or not a child of its parent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomProperties</name>
    <message>
        <location filename="../../qmpgui/ui/qom_properties.py" line="+42"/>
        <source>Properties of the selected object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy val&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy qom-get</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy qom-set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The browser only reads until this is on; each set asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Only bool, integer and string properties are set here, not {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Turn on Allow changes first: the browser only reads until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set the selected property with qom-set (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomPropertyModel</name>
    <message>
        <location filename="../../qmpgui/models/qom_model.py" line="+351"/>
        <source>Not read: select it and Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to {target}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomSearch</name>
    <message>
        <location filename="../../qmpgui/ui/qom_search.py" line="+43"/>
        <source>Search the QOM tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by path or type (what is loaded; Find walks it all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fin&amp;d in whole tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Objects found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{found_count} loaded objects match; Find in whole tree lists the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Searching: {done} objects listed, {waiting} waiting; {count} found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (the first {MAX_RESULTS} listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Searched the whole tree: {count} found{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stopped: {v0} found so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QomSetDialog</name>
    <message>
        <location filename="../../qmpgui/ui/qom_set_dialog.py" line="+38"/>
        <source>Set QOM property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>VM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Property:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>New value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reader</name>
    <message>
        <location filename="../../qmpgui/qmp/reader.py" line="+100"/>
        <source>{where}: expected an object, got {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a {v0}-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{where}: &apos;{key}&apos; should be {expected}, not {got}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a 64-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RingbufTransport</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="+90"/>
        <source>a ringbuf chardev takes no input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RiskMark</name>
    <message>
        <location filename="../../qmpgui/ui/console_bar.py" line="+42"/>
        <source>{words} · behind libvirt&apos;s back: asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>transaction: ) ends it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One action per line; Enter starts the next one. A &apos;)&apos; on its own line or after the last action closes the block, and then Enter sends it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenCanvas</name>
    <message>
        <location filename="../../qmpgui/ui/screen_canvas.py" line="+74"/>
        <source>Guest screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenFeed</name>
    <message>
        <location filename="../../qmpgui/models/screen_feed.py" line="+218"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>QEMU wrote a PPM of {v0} bytes that is not a readable picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenInput</name>
    <message>
        <location filename="../../qmpgui/session/screen_input.py" line="+109"/>
        <source>the keys and pointer did not reach the guest: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/screen.py" line="+47"/>
        <source>The screen is shown in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bring it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{display_name} — screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenView</name>
    <message>
        <location filename="../../qmpgui/ui/screen_view.py" line="+72"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scale the screen to the view; off: 1:1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Type text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a text or the clipboard&apos;s into the guest, key by key as its keyboard layout has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the screen in a window of its own (and back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Screen: {err}; Ctrl+Alt releases the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The last frame, from {when}: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>no frame: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no screen to type into: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Type text: no connected VM&apos;s screen is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type text: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Typed {strokes_count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Keyboard captured — {release} releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Click the screen to type into the guest (keyboard and mouse captured until {release})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>paused while not on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{rate:.1f} fps ({label}, {size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreendumpViewer</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_viewer.py" line="+108"/>
        <source>asking QEMU for the screen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+111"/>
        <location line="+7"/>
        <source>Screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Live and display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> Display: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Press keys the desktop would take for itself on the VM&apos;s keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>screendump: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Save screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>could not save {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>screendump saved as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>screendump copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{display_name}{size} — Screendump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>taken {taken} in {v1} ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>colours corrected: this QEMU swaps red and blue in PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>live paused while hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{skipped_ticks} refreshes joined the picture still coming</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screendumper</name>
    <message>
        <location filename="../../qmpgui/session/screendump.py" line="+133"/>
        <location line="+86"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>QEMU reported the screendump written, but {path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>libvirt took no screenshot: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt&apos;s screenshot {path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{display_name}: the SSH connection is gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{folder} on {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>QEMU reported the screendump written, but {path} on {host} cannot be read over SFTP: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screendumps</name>
    <message>
        <location filename="../../qmpgui/app/actions/screendumps.py" line="+53"/>
        <source>screendump: {obstacle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screendump not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{label} skipped: {obstacle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>the viewer was closed first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendKeyMenu</name>
    <message>
        <location filename="../../qmpgui/ui/send_key_menu.py" line="+35"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Alt+&amp;F1 … F12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Switch the guest&apos;s text consoles (Linux: Ctrl+Alt+F1 to F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alt+Sys&amp;Rq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux&apos;s magic SysRq keys: Alt+SysRq with a letter, for a stuck guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Print Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Other keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type any combination of QEMU&apos;s key names, such as ctrl-alt-f7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Press {label}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialConsole</name>
    <message>
        <location filename="../../qmpgui/ui/serial_console.py" line="+37"/>
        <source>&amp;Stop paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send no more of the paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Terminal {columns}×{rows}: {SIZE_NOTE}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialInput</name>
    <message>
        <location filename="../../qmpgui/session/serial_input.py" line="+45"/>
        <source>this paste is {v0} ({size:,} bytes), more than the {v2} qmpgui sends at once: nothing of it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} of an earlier paste still wait for the guest to read them: this was not sent (Stop ends the earlier paste)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialLink</name>
    <message>
        <location filename="../../qmpgui/session/serial_link.py" line="+154"/>
        <source>{v0}: paste stopped: {v1} sent, the other {v2} not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{label}: could not open {title}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>connected again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0} to {title}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{label}: the serial port closed (the VM went away?): its text stays here; connecting again when it is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}: {display_name} is not connected: waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{label}: {display_name} has no chardev {label} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>qmpgui cannot open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{connected_words}; pasted {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0}: pasting, {v1} of {v2} sent as the guest reads them (Stop sends no more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SerialPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/serial.py" line="+88"/>
        <source>Serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+228"/>
        <source>&amp;Detach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-225"/>
        <source>Show the console in a window of its own ({DETACH})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Detach the terminal into a window of its own, or put it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>No serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connect the console to {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Attach</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionVoice</name>
    <message>
        <location filename="../../qmpgui/session/voice.py" line="+51"/>
        <source>connected to QEMU {version} ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UUID changed from {previous_uuid} to {uuid}: a different VM now answers on this endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{sentence}; waiting for QEMU to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{found}; qmpgui connects when the domain runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>waiting for libvirtd: {found}; qmpgui connects once libvirtd answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>waiting for QEMU: {found}; qmpgui connects once QEMU listens there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionWaits</name>
    <message>
        <location filename="../../qmpgui/session/waits.py" line="+66"/>
        <source>attempt {attempt} in {delay:g} s: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../qmpgui/ui/shortcuts_dialog.py" line="+37"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Search keys, actions and places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShutdownNotice</name>
    <message>
        <location filename="../../qmpgui/session/ending.py" line="+64"/>
        <source>QEMU exited: {cause}{reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDialog</name>
    <message>
        <location filename="../../qmpgui/ui/snapshot_dialog.py" line="+48"/>
        <source>Create snapshot of {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the RAM state too: reverting resumes the guest as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The RAM state is always saved here: {ram_fixed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what this snapshot is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved on: {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Not in the snapshot: {left_out}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A snapshot named &apos;{tag}&apos; exists: you will be asked to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotDisk</name>
    <message>
        <location filename="../../qmpgui/qmp/snapshots.py" line="+92"/>
        <source>a raw image has no room for snapshots (qcow2 has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a null device keeps no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its format, {v0}, cannot hold snapshots (qcow2 can)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/snapshots.py" line="+39"/>
        <location line="+16"/>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>{text} (from HMP &apos;info snapshots&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
No snapshot can be saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
Not in snapshots: {cannot}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/snapshots.py" line="+149"/>
        <source>Replace snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace snapshot &apos;{tag}&apos; of {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The snapshot taken {v0} is deleted and a new one saved under its name: the VM can no longer go back to the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create snapshot: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no picture kept of snapshot &apos;{tag}&apos;: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{label} of {display_name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>the revert to &apos;{tag}&apos; failed and QEMU left the VM stopped in &apos;{RESTORE_VM}&apos;: Resume runs it on as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Revert failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{display_name} is stopped in &apos;{RESTORE_VM}&apos; after a failed revert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU said: {error}
Resume runs the VM on with the disks and RAM it has now; Leave stopped keeps it as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave stopped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <location filename="../../qmpgui/models/screen_feed.py" line="-192"/>
        <source>screendump over SSH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt screenshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshHub</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/hub.py" line="+126"/>
        <source>closed by the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it ended without a word from the host: its sshd process ended, or the network dropped it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection lost: the SSH connection to {host} was lost ({why})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshQuestions</name>
    <message>
        <location filename="../../qmpgui/ui/ssh_questions.py" line="+28"/>
        <source>Unknown SSH host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The authenticity of host &lt;b&gt;{v0}&lt;/b&gt; can&apos;t be established.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} key fingerprint is&lt;br&gt;&lt;tt&gt;{v1}&lt;/tt&gt;&lt;br&gt;&lt;br&gt;Check it with the host&apos;s administrator; on the host,&lt;br&gt;&lt;tt style=&apos;white-space: pre&apos;&gt;ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub&lt;/tt&gt;&lt;br&gt;shows it. Trusted, it is added to ~/.ssh/known_hosts and not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trust and connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SshTransport</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/transport.py" line="+103"/>
        <source>connection lost: the SSH connection to {host} was lost ({ssh_error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SSH connection closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the SSH server of {host} did not open {path} within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection lost: the SSH connection to {host} was lost ({err})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH connection lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusPane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/status.py" line="+42"/>
        <source>VM status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No VM selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{command_count} commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {event_count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> ({skipped_polls} ticks skipped while QEMU was slow to answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>pid {peer_pid}, user {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepResult</name>
    <message>
        <location filename="../../qmpgui/qmp/batch.py" line="+202"/>
        <source>hmp {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location line="+82"/>
        <source>sent {sent}, ok {ok}, failed {failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, not sent {not_sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>round trip min {v0:.2f} / median {v1:.2f} / max {v2:.2f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stopped at the first error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalAsker</name>
    <message>
        <location filename="../../qmpgui/cli/ssh_prompts.py" line="+33"/>
        <source>qmpgui-batch: adding the host key of {host} ({key_type} {fingerprint}) to ~/.ssh/known_hosts
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The authenticity of host &apos;{host}&apos; can&apos;t be established.
{key_type} key fingerprint is {fingerprint}.
Are you sure you want to continue connecting (yes/no)? </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <location filename="../../qmpgui/ui/terminal_view.py" line="+113"/>
        <source>Serial console terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFiles</name>
    <message>
        <location filename="../../qmpgui/qmp/tls.py" line="+46"/>
        <source>the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsFilesBox</name>
    <message>
        <location filename="../../qmpgui/ui/tls_files.py" line="+39"/>
        <source>the system&apos;s trusted CAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none (for QEMU&apos;s verify-peer=off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;CA certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client ce&amp;rtificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>default: {default}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the {what} file (PEM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the client certificate&apos;s key too (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the client key&apos;s certificate too (or neither).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolbarStyle</name>
    <message>
        <location filename="../../qmpgui/app/toolbar_style.py" line="+48"/>
        <source>&amp;Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>How the toolbar shows its actions (toolbar_style)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TracePane</name>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="+108"/>
        <source>Search trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search events: words filter, * and ? are sent as a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply to: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>trace events {pattern} not read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Where the trace goes: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n event(s), {on} enabled (QEMU asked for &apos;{pattern}&apos;)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+85"/>
        <source>pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace-event-set-state: enable {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trace-event-set-state: disable {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the {count} events matching {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enable {what} on {display_name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n event(s) {verb}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{words}; then </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>trace: {words}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptActions</name>
    <message>
        <location filename="../../qmpgui/ui/console_transcript.py" line="+72"/>
        <source>Copy request as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy request as &amp;qmp-shell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;reply as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy e&amp;xchange (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Send &amp;again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy event as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save reply to a &amp;file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Copy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>JSON Lines (*.jsonl);;Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>could not save the {what} to {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saved the {what} to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <location filename="../../qmpgui/models/transcript.py" line="+294"/>
        <source>(HMP) {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{stamp}  → {sent}   … waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>id {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{v0} … ({more:,} more characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <location filename="../../qmpgui/ui/transcript_view.py" line="+86"/>
        <source>Console transcript</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../qmpgui/app/tray.py" line="+110"/>
        <source>qmpgui keeps running in the system tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its icon shows the window again; Quit in its menu (or File → Quit) closes qmpgui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;Hide window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close qmpgui (running VMs keep running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show in &amp;window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TypeTextDialog</name>
    <message>
        <location filename="../../qmpgui/ui/type_text_dialog.py" line="+54"/>
        <source>Type text into {vm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text to type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Paste the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Guest keyboard &amp;layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent key by key as the guest&apos;s keyboard layout types each character (QEMU&apos;s keymap of it), with Shift or AltGr where needed: choose the layout the guest uses. The event log says how many characters, never which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Reading QEMU&apos;s {layout_name} keymap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s keymap of {layout_name} cannot be read here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unplugs</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="+66"/>
        <source>{DEL_LABEL}: the unplug of {named} was requested {ago:.0f} s ago and is still pending: not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reset (libvirt&apos;s reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reset (system_reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{DEL_LABEL}: the guest has not released {named} after {timeout_s:g} s (its OS must let go of a PCI device); {reset} of the VM completes the unplug. Still waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{DEL_LABEL}: {named} removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{words}, made for &apos;{device}&apos;, is removed ({command})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{DEL_LABEL}: {words}, made for &apos;{device}&apos;, could not be removed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{DEL_LABEL}: {words} is left: remove it with {command}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="+145"/>
        <source>qmpgui user guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The guide could not be read: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VirtClient</name>
    <message>
        <location filename="../../qmpgui/virt/client.py" line="+116"/>
        <source>libvirtd not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+23"/>
        <source>{op} not sent: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>not connected to libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libvirt did not answer {op} within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the libvirt worker for {uri} ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt worker ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the libvirt worker sent an answer too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>libvirt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirtd not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>libvirt refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmActions</name>
    <message>
        <location filename="../../qmpgui/app/actions/vm_actions.py" line="+151"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this QEMU has no &apos;{command}&apos; command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not possible while the VM is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM waits for an incoming migration: it is a destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a running or paused VM can migrate (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>select a VM first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>select one VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>select one VM: this acts on one VM at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>none of the selected VMs can ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>{label} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>(this VM|these VMs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{action} {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>(this VM|these %n VMs)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VmDialog</name>
    <message>
        <location filename="../../qmpgui/ui/vm_dialog.py" line="+70"/>
        <source>Edit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>optional: defaults to the VM&apos;s -name, else the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the QMP socket file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connect at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>This endpoint is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the QMP socket path or HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>kept as {endpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>QMP sockets ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the QMP socket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmGroupModel</name>
    <message numerus="yes">
        <location filename="../../qmpgui/models/vm_groups.py" line="+50"/>
        <source>{count} of %n VM(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no VMs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n VM(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} with a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+155"/>
        <source>{group} — {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>group {group}: {counts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>libvirt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListModel</name>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+328"/>
        <source>Disk I/O (read + write, last 60 polls): {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list_words.py" line="+17"/>
        <source>last error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>qmpgui connects once QEMU listens on {endpoint_text} (it looks again every {WATCH_MAX_DELAY_S:g} s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>now: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given on the command line: not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListPanel</name>
    <message>
        <location filename="../../qmpgui/ui/vm_list_panel.py" line="+28"/>
        <source>Filter the VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter VMs: name, endpoint or state (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Shows the VMs whose name, endpoint or state holds every word typed (Escape empties it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Find in the VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{visible} of {every}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The filter hides {hidden} of the list&apos;s {every} rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All rows match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmListView</name>
    <message>
        <location filename="../../qmpgui/ui/vm_list_view.py" line="+71"/>
        <source>VM list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VmSession</name>
    <message>
        <location filename="../../qmpgui/session/vm_session.py" line="+228"/>
        <source>disconnected by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+143"/>
        <source>QEMU exited after {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../../qmpgui/app/window_state.py" line="+121"/>
        <source>could not read the window&apos;s layout from {path}: {v1}; the window starts at its default size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+11"/>
        <source>the window&apos;s layout was not kept: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../qmpgui/virt/worker.py" line="+150"/>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end of file: libvirtd stopped or restarted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a keepalive timeout: libvirtd or the network stopped answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt closed the connection to {uri} ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{domain} has no removable disk &apos;{alias}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{domain} has no {v1} display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Parser</name>
    <message>
        <location filename="../../qmpgui/qmp/pci.py" line="+208"/>
        <source>{where}: bridges nested deeper than {MAX_BRIDGE_DEPTH}; not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: bus {number} is described twice; shown once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_VersionAction</name>
    <message>
        <location filename="../../qmpgui/app/cli.py" line="+97"/>
        <source>show program&apos;s version number and exit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../qmpgui/qmp/actions.py" line="+66"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pause the VM&apos;s CPUs (stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Res&amp;ume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume the VM&apos;s CPUs (cont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start a VM that QEMU was told to hold before it booted (-S) (cont)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was started with -S: it holds the guest until told to go. Starting boots the guest for the first time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Boot the shut-off domain through libvirt (libvirt&apos;s create, as virsh start)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wake a suspended guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the VM at once (system_reset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest restarts at once, as with a reset button: whatever it has not saved is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Power &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press the power button: ask the guest to shut down (system_powerdown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Power down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask {these} to power down?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each guest decides how to shut down; qmpgui waits and then offers to force it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End QEMU at once, like pulling the plug (quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quit VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit QEMU for {these}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU ends at once, like pulling the plug: the guest cannot save anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End the domain&apos;s QEMU at once through libvirt, like pulling the plug (destroy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Force {these} off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirt ends QEMU at once (destroy), like pulling the plug: the guest cannot save anything. The domain stays defined, shut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>End the domain&apos;s QEMU at once, like pulling the plug (libvirt&apos;s destroy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Scree&amp;ndump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the VM&apos;s screen (screendump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the domain&apos;s screen (libvirt&apos;s screenshot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press keys on the guest&apos;s keyboard that the desktop would take for itself (send-key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eject the medium of a removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Eject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eject the medium of {drive} in {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest loses access to it at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eject the medium of a removable drive (libvirt&apos;s device update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change &amp;media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert an image into a removable drive (CD-ROM, floppy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Insert an image into a removable drive (CD-ROM, floppy) (libvirt&apos;s device update)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plug a device into the running VM: any type this QEMU offers (device_add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Attach a disk, a CD-ROM drive, a NIC or a USB tablet through libvirt (libvirt&apos;s attach_device, as virsh attach-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unplug the device selected in the Devices, PCI or Block devices pane (device_del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Detach the device selected in the Devices, PCI or Block devices pane through libvirt, from its definition too where it is there (libvirt&apos;s detach_device, as virsh detach-device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {device} from {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest loses the device as if it were pulled out: a disk&apos;s unsaved writes or a NIC&apos;s connections go with it. A PCI device goes once the guest lets it go; the backends qmpgui made for it go after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The guest loses the device as if it were pulled out: a disk&apos;s unsaved writes or a NIC&apos;s connections go with it. libvirt detaches it, from the domain&apos;s definition too where it is there, and removes what it made for it; a PCI device goes once the guest lets it go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Create snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the VM&apos;s disks, and its RAM if you choose, as a snapshot (snapshot-save)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Re&amp;vert to snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring the VM back to the snapshot selected in the Snapshots pane (snapshot-load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert {vm} to snapshot &apos;{tag}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything the VM did since {when} is lost: its disks and its RAM go back to the snapshot, and a running guest jumps back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>De&amp;lete snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the snapshot selected in the Snapshots pane (snapshot-delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshot &apos;{tag}&apos; of {vm}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The VM can no longer go back to how it was at {when}; the running VM is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>M&amp;igrate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move the running VM to another QEMU: a VM of the list waiting for it, or a URI (migrate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move the running domain live to another libvirt connection (libvirt&apos;s migrate, as virsh migrate --live)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>available</name>
    <message>
        <location filename="../../qmpgui/virt/available.py" line="+11"/>
        <source>libvirt-python is not installed: install qmpgui&apos;s libvirt extra with pip install &apos;qmpgui[libvirt]&apos; (it needs libvirt-dev, pkg-config and gcc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backends</name>
    <message>
        <location filename="../../qmpgui/qmp/backends.py" line="+84"/>
        <source>in use by {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in use by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>its front end is open: a device or a monitor uses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>in use: mapped into the VM&apos;s memory ({container})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the VM&apos;s main RAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a {v0} device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>in use by {holder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backoff</name>
    <message>
        <location filename="../../qmpgui/session/backoff.py" line="+23"/>
        <source>attempts are counted from 1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch</name>
    <message>
        <location filename="../../qmpgui/cli/batch.py" line="+126"/>
        <source>[{iteration}] line {line}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (id {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0:.2f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} ok ({ms}){note}
{v3}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where} FAILED ({ms}): {error_class}: {kept_error}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+24"/>
        <source>qmpgui-batch: {problem}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>qmpgui-batch: {endpoint}: {message}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>qmpgui-batch: {text}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>qmpgui-batch: -n must be at least 1, --delay and --timeout positive
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>qmpgui-batch: cannot read {script}: {reason}
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>qmpgui-batch: interrupted
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/batch.py" line="-220"/>
        <source>line {number}: sleep between 0 and 3600 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line {number}: hmp needs a command line, such as hmp info status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line {where}{column}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the script has no command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>line {line}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+196"/>
        <source>QEMU quit at line {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not sent: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch_panel</name>
    <message>
        <location filename="../../qmpgui/ui/batch_panel.py" line="-292"/>
        <source># one command per line: JSON, shorthand, or hmp and an HMP line
query-status
sleep 0.5
hmp info block
# a transaction: one action per line, sent as one command
transaction(
block-dirty-bitmap-add node=disk0 name=b0
)
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>batch_results</name>
    <message>
        <location filename="../../qmpgui/models/batch_results.py" line="+38"/>
        <source>ok {v0:.2f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#{iteration} line {line} {name}: {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no reply: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reply ({state}, {v1:.2f} ms) to line {line}, run {iteration}:
{reply}

Sent:
{v5}
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_graph</name>
    <message>
        <location filename="../../qmpgui/qmp/block_graph.py" line="+168"/>
        <source>takes {v0}; shares {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_graph_model</name>
    <message>
        <location filename="../../qmpgui/models/block_graph_model.py" line="+45"/>
        <source>not recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bitmap {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unnamed bitmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{named}: {dirty} dirty, granularity {granularity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>drive {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>
(its children are shown where the node first appears)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_jobs</name>
    <message>
        <location filename="../../qmpgui/qmp/block_jobs.py" line="+159"/>
        <source>{kind} job {ident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>job {ident}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} was {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>failed: {error}{done}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the job stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the job ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I/O error on {v0} in job {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> at {v0} of {v1} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/block_jobs.py" line="-65"/>
        <source>Pause job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set job speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_jobs_model</name>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="-55"/>
        <source> (I/O {io_status})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>block_model</name>
    <message>
        <location filename="../../qmpgui/models/block_model.py" line="+51"/>
        <source>, locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{v0} ({v1} ops)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qdev id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>I/O status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>libvirt target: {target}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backing file: {backing_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>qdev path: {qdev}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../qmpgui/app/cli.py" line="-81"/>
        <source>endpoints:
  /run/vm1.qmp, unix:/run/vm1.qmp   a unix socket (QEMU: -qmp unix:/run/vm1.qmp,server=on,wait=off)
  db1.qmp, ./db1, vms/db1.sock      a unix socket by a path relative to the current folder
  tcp:HOST:PORT, HOST:PORT          a TCP socket (QEMU: -qmp tcp:127.0.0.1:4444,server=on,wait=off)
  [::1]:4444                        an IPv6 address in brackets
  ssh://[USER@]HOST[:PORT]/PATH     a unix socket on another host, over SSH
  qemu:///system#vm1                the domain vm1 of a libvirt connection
  qemu:///system, qemu+ssh://...    a libvirt connection: every domain of it, under it

Endpoints given here are shown for this run only; VMs added in the window are saved in
the configuration file ($XDG_CONFIG_HOME/qmpgui/config.json). While a qmpgui runs with the
same configuration file, it opens them (and --demo) in its window instead, and this start exits.

Ctrl+C, SIGTERM and SIGHUP close qmpgui as its Quit does; a second one while it closes ends
it at once (exit status 128 + the signal&apos;s number), what it had not saved yet written first.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>client</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/client.py" line="+226"/>
        <source>the host key of {host} cannot be verified: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot reach {v0}: no SSH answer within {timeout:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+142"/>
        <source>host unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-138"/>
        <source>cannot reach {host}: unknown host name ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SSH to {v0} failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>SSH failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>SSH to {v0} cannot start: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the host key of {host} was saved but is still not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the host key of {name} could not be saved in ~/.ssh/known_hosts: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the host key of {name} has CHANGED: it offers {key_type} {fingerprint}, but {lines} holds another key for it. Someone may be intercepting the connection, or the host was reinstalled: check with its administrator, then remove the old line (ssh-keygen -R &apos;{name}&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>host key changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host key of {name} ({fingerprint}) is revoked in {lines}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>host key revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the host key of {name} is unknown ({key_type} {fingerprint}) and cannot be asked here: check it and add it to ~/.ssh/known_hosts (connect once with ssh), or accept it with --accept-new-host-key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host key unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the host key of {name} ({key_type} {fingerprint}) was not trusted: nothing was sent to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>host key not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>authentication to {who} cancelled: no password or passphrase given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authentication failed for {who}: the passphrase given for key {keys} was wrong {TRIES} times, so the key was never offered to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wrong passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (a password cannot be asked here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>authentication failed for {who}: tried {tried} (keys from the SSH agent and ~/.ssh){hint}; the host accepted none: add your public key to its ~/.ssh/authorized_keys (ssh-copy-id does), or name the key to use in ~/.ssh/config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused (no SSH server listens there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no route to the host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot reach {where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/client.py" line="+13"/>
        <source>libvirt did not open {uri} within {timeout:g} s: the host or its libvirtd does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the socket of {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libvirtd at {where} accepted the connection but has not answered in {timeout:g} s (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>completion</name>
    <message>
        <location filename="../../qmpgui/qmp/completion.py" line="+78"/>
        <source>actions, one per line, then )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>ends the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n argument(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{kind} in this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in this VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../../qmpgui/store/config.py" line="+217"/>
        <source>{source}: &apos;connections&apos; is not a list, so it is not used; it stays in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{source}: {refusal}; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>{source}: %n connection (entry has|entries have) no usable &apos;uri&apos;; kept in the file but not shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{source}: &apos;vms&apos; is not a list, so it is not used; it stays in the file until the VM list changes in the window (then as &apos;vms_unusable&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{source}: 1 VM entry has no usable endpoint; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{source}: {count} VM entries have no usable endpoint; kept in the file but not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{source}: {key} = {v2} is not usable; using {v3} for this run (it must be {v4})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot read {path}: {reason}; settings changed in this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>line {lineno} column {colno}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} is not a valid configuration ({what}) and could not be moved aside ({strerror}); settings changed in this run will not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a valid configuration ({what}); it was kept as {name} and qmpgui started with an empty configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/store/preferences.py" line="+68"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of {v0}, with - before it for descending, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection, host, or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder&apos;s path as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU key names joined by -, such as ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>one of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a list of images (objects of text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from {low:,.10g} to {high:,.10g}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number {span}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a number of seconds {span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config_conflicts</name>
    <message>
        <location filename="../../qmpgui/store/config_conflicts.py" line="+39"/>
        <source>{key}: {v1} in the file, {v2} in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>VM {name}: removed in qmpgui, edited in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VM {name}: removed in the file, edited in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>VM {name} {field}: {v2} in the file, {v3} in qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>config_merge</name>
    <message>
        <location filename="../../qmpgui/store/config_merge.py" line="+104"/>
        <source>is not valid UTF-8 text (byte {start})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot be read ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>is not valid JSON (line {lineno} column {colno}: {msg})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+201"/>
        <source>recent_media (no images)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>recent_media (%n image(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>console</name>
    <message>
        <location filename="../../qmpgui/session/console.py" line="+149"/>
        <source>not sent: {display_name} is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{command} from the console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>control</name>
    <message>
        <location filename="../../qmpgui/session/control.py" line="+57"/>
        <source>QEMU closed the monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>virsh dumpxml {name} shows the domain&apos;s devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>libvirt {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>virsh domstate {name} --reason shows libvirt&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{label}: {done_count} of {v2} VMs {done_word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{vm} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{vm} skipped: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>convergence</name>
    <message>
        <location filename="../../qmpgui/qmp/convergence.py" line="+215"/>
        <source> (the guest dirties memory at least as fast as it is sent: QEMU counts a page rewritten many times once per pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (the guest dirties about {v0} MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the migration will not finish as it is: the guest&apos;s vCPUs are already throttled at {throttle_pct} % and the guest still dirties memory as fast as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the migration will not finish as it is: the guest dirties memory as fast as it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>let auto-converge throttle the vCPUs harder: its most from {most} % to {DEFAULT_MAX_THROTTLE} % (they are throttled at {throttle_pct} % now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>; they are throttled at {throttle_pct} % now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>throttle the guest&apos;s vCPUs harder: auto-converge&apos;s step from {step} % to {wanted} % (at most {most} %{now})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the guest dirties about {v0} MiB/s, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({rate}each pass leaves about {v1} MiB, which must be sent within the {limit_ms} ms downtime limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>raise the bandwidth limit from {v0} to {v1} MiB/s{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>raise the downtime limit from {limit} to {wanted_ms} ms (the guest pauses up to that long when it switches over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; QEMU expects about {v0} ms each pass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>switch to postcopy: the guest runs on the destination at once and fetches the rest (lost if the network fails before it has all)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../qmpgui/ui/crash.py" line="+43"/>
        <source>qmpgui: internal error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qmpgui hit an internal error and may not work correctly:

{summary}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <location filename="../../qmpgui/host/demo.py" line="-268"/>
        <source>Install QEMU first:
  Debian/Ubuntu: sudo apt-get install qemu-system-x86
  Fedora:        sudo dnf install qemu-system-x86</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>qmpgui --demo needs {QEMU_BINARY}, which is not installed.
{INSTALL_HINT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no free VNC display between :{first} and :{last} on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>demo_guest</name>
    <message>
        <location filename="../../qmpgui/host/demo_guest.py" line="+46"/>
        <source>a boot sector holds 510 bytes of code, not {code_count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>desktop_notifications</name>
    <message>
        <location filename="../../qmpgui/host/desktop_notifications.py" line="+53"/>
        <source>no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the D-Bus session bus did not answer within {TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot reach the D-Bus session bus: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no notification service on the D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the notification service refused: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/device_errors.py" line="+19"/>
        <source>a MAC address is six pairs of hex digits, 52:54:00:12:34:56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a PCI address is a slot, or slot.function, in hex: 06 or 06.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>choose another bus: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this VM has no bus that takes it now: start the VM with one that does (-device pcie-root-port on q35, or a pci-bridge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>bus &apos;{v0}&apos; does not take devices while the VM runs (no hot-plug there): {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PCI slot {v0} function {v1} is in use by {v2}: choose another addr, or leave addr empty for the next free slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} is full, no free slot for {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the bus QEMU chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{v0} has no property &apos;{v1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{v0}&apos; takes {v1}: the value given is not one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{v0}&apos; does not take the value &apos;{v1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the id &apos;{v0}&apos; is in use by another device: choose another id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{v0}&apos;: no backend &apos;{v1}&apos; exists (create it first: blockdev-add for a drive, netdev_add for a netdev, chardev-add for a chardev)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the backend &apos;{v0}&apos; (&apos;{v1}&apos;) is in use by another device: each device needs a backend of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the backend &apos;{v0}&apos; is in use by the device &apos;{v1}&apos;: each disk needs a block node of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{v0}&apos; must name the backend this device uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0} does not go on {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM has no bus &apos;{v0}&apos;: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU cannot plug a {v0} into this machine while it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM has no memory slots: QEMU plugs memory only into a VM started with -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this VM takes no memory devices: start it with -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this machine type takes no memory devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the memory backend &apos;{v0}&apos; is in use (by another memory device, or as the VM&apos;s own RAM): each memory device needs a backend of its own; make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a vCPU needs its place ({v0} and the other -id properties): the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>that vCPU place is taken already: the vCPU preset under Common devices takes a free one from query-hotpluggable-cpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0} {v1} is outside this VM&apos;s CPU topology (from {v2} to {v3}): the vCPU preset under Common devices takes a free place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this VM&apos;s vCPUs are {v0}: a vCPU added must be of the same type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0} has no free port for {v1}: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the USB bus QEMU chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{v0} is a {v1} device and bus &apos;{v2}&apos; has only {v3} ports free: {v4}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this VM was started without NVDIMM support: QEMU takes an nvdimm only with -machine nvdimm=on and -m SIZE,slots=N,maxmem=MAX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;memdev&apos; must name the memory backend this device uses: make one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;serial&apos; must be set: give the device a serial number (any short text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>USB bus &apos;{v0}&apos; has no free port {v1} (no such port, or it holds a device): leave port empty for a free one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QEMU cannot plug a device of this type into a running VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_form</name>
    <message>
        <location filename="../../qmpgui/ui/device_form.py" line="-228"/>
        <source>not set: QEMU decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asking QEMU what is free…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no block node free: use the Disk from an image file preset, or blockdev-add in the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no netdev free: use the Network card preset, or netdev_add in the console (netdev_add type=user id=net1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no chardev free: chardev-add in the console (chardev-add id=char1 backend={&quot;type&quot;: &quot;null&quot;, &quot;data&quot;: {}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no memory backend free: add one in the console: object-add qom-type=memory-backend-ram id=mem1 size=134217728</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>no {target} free</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_ops</name>
    <message>
        <location filename="../../qmpgui/virt/device_ops.py" line="+29"/>
        <source>{v0} is a transient domain: it has no definition to keep the device in (attach it for this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{v0} has no device with the alias &apos;{alias}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_presets</name>
    <message>
        <location filename="../../qmpgui/ui/device_presets.py" line="-177"/>
        <source>Common devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this VM has no free vCPU slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>what most users add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>
Not now: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_removal</name>
    <message>
        <location filename="../../qmpgui/app/actions/device_removal.py" line="-63"/>
        <source>{v0} cannot be unplugged: QEMU does not take this device out of a running VM (its hotpluggable property is false); it goes when the VM is stopped and started without it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_types</name>
    <message>
        <location filename="../../qmpgui/qmp/device_types.py" line="+34"/>
        <source>q35&apos;s pcie.0 takes no hot-plug: give root ports when QEMU starts (-device pcie-root-port,id=rp1,chassis=1), one per device to plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a PCI bus that takes hot-plug (a pci-bridge, or a pcie-root-port on q35)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a USB controller (qemu-xhci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a SCSI controller (virtio-scsi-pci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a virtio-serial controller (virtio-serial-pci)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+174"/>
        <source>goes on {v0} bus, which takes no device while the VM runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>every {bus} port that takes hot-plug holds a device already ({names}; a PCIe port takes one): start QEMU with another -device pcie-root-port,id=rpN,chassis=N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>needs {v0} bus that takes hot-plug: {names} does not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>needs {v0} first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>an {word}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{v0} bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>device_xml</name>
    <message>
        <location filename="../../qmpgui/virt/device_xml.py" line="+71"/>
        <source>&lt;source file={v0}/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;disk type=&quot;file&quot; device=&quot;{device}&quot;&gt;&lt;driver name=&quot;qemu&quot; type={v1}/&gt;{source}&lt;target dev={v3} bus={v4}/&gt;{read_only}&lt;/disk&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;source network={v0}/&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{head}&lt;mac address={v1}/&gt;{source}&lt;model type={v3}/&gt;&lt;/interface&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>devices</name>
    <message>
        <location filename="../../qmpgui/session/devices.py" line="+30"/>
        <source>Add device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>QEMU&apos;s HMP did not describe its devices: every type is listed, unsorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{other_cpus} other vCPU types left out: a vCPU added must be {kinds}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display</name>
    <message>
        <location filename="../../qmpgui/ui/panes/display.py" line="-144"/>
        <source> (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy {protocol} websocket address {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open {protocol} viewer on {text}{tls}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display_model</name>
    <message>
        <location filename="../../qmpgui/models/display_model.py" line="+16"/>
        <source>not available on this QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>listens on {v0}: the display is reachable from the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>channel {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>x509: {x509_dname}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SASL: {sasl_username}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Client {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Listener {server_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listener {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TLS {vencrypt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>auth {auth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TLS port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enabled on {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {v0} connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>display_password</name>
    <message>
        <location filename="../../qmpgui/qmp/display_password.py" line="-61"/>
        <source>Could not set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+83"/>
        <source>An empty SPICE password locks everyone out: no viewer can log in until another password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An empty VNC password lets in any viewer that sends an empty password: it protects nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>libvirt starts QEMU&apos;s {v0} with a password only when the domain&apos;s &lt;graphics type=&apos;{protocol}&apos;&gt; has a passwd attribute when it starts (or qemu.conf sets {protocol}_password): add passwd=&apos;...&apos; with virsh edit, then restart the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU takes one only without disable-ticketing=on (-spice ...,disable-ticketing=off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU takes one only when started with -vnc ...,password=on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this QEMU has no {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is not in use on this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>with disable-ticketing=on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this SPICE display was started {started}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>with {auth} authentication, not a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this VNC display was started {started}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/display_password.py" line="+39"/>
        <source>Set {name} password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Set {v0} password expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the password was set but its expiry was not ({error}): an expiry set before still applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set_password, {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>libvirt {LIBVIRT_OP}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/display_password.py" line="-247"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in … seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry chosen goes with every password (QEMU would keep an earlier one otherwise); “Set expiry only” keeps the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no VM selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{v0} is not in use on this VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../qmpgui/virt/domain.py" line="-19"/>
        <source>coming in by migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_device_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_device_dialog.py" line="-279"/>
        <source>Disk from an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CD-ROM drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>USB tablet (absolute pointer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt manages this domain: its devices are attached through libvirt (device XML), so that libvirt&apos;s definition stays right. The form of every QEMU device type is for plain QMP VMs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>asking libvirt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reading the image&apos;s format from the file…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_migrate_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/domain_migrate_dialog.py" line="-238"/>
        <source>A libvirt connection URI (typed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the most the migration sends per second, in whole MiB/s (virsh migrate --bandwidth); libvirt&apos;s default is no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the longest pause of the guest libvirt accepts to switch over; longer lets a busy guest finish (libvirt&apos;s default is 300 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>slows the guest&apos;s vCPUs step by step while it dirties memory faster than it is sent (virsh migrate --auto-converge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sends only the changed bytes of pages sent before: less traffic, more CPU (virsh migrate --compressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sends memory over several connections at once (virsh migrate --parallel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lets a migration that does not finish switch to postcopy from the Migration pane: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_migration</name>
    <message>
        <location filename="../../qmpgui/session/domain_migration.py" line="-294"/>
        <source>libvirt has no call for {command} on a running migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt sets {key} only when a migration starts: cancel, and migrate again with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+289"/>
        <source>virsh domjobinfo shows libvirt&apos;s view of the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>auto-converge throttles the guest&apos;s vCPUs, but under libvirt its step cannot be changed while the migration runs (libvirt sets it only when a migration starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>auto-converge cannot be turned on while a migration runs: cancel, and migrate again with Auto-converge on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_refusals</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_refusals.py" line="+22"/>
        <source>No free USB ports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the USB controller of {domain} has no free port: remove a USB device from it first (Remove device), or give the domain another USB controller or a USB hub in its definition (virsh edit {domain}), which it has from its next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>disk &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the domain {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domain_snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/domain_snapshots.py" line="-114"/>
        <source>a snapshot is being saved, reverted to or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt has not listed the domain&apos;s disks and snapshots yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this domain has no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no parent (they become roots)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> The snapshots taken from it ({names}) are kept, now under {under}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/domain_snapshots.py" line="+73"/>
        <source>libvirt {op}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} snapshot &apos;{tag}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the domain is {answer} now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept {kept}, now taken from its parent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>domains</name>
    <message>
        <location filename="../../qmpgui/app/actions/domains.py" line="+19"/>
        <source>check on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only for a VM managed by libvirt (a qemu:///system#NAME endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt manages this VM: Force off ends it through libvirt, which sees it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the domain is {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the domain is {state}: Start boots it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ending</name>
    <message>
        <location filename="../../qmpgui/session/ending.py" line="-43"/>
        <source>guest shut down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest reset, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guest panicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quit from another monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system_reset, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was told to end by a signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU hit an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a device reset the machine, and QEMU runs with -no-reboot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a snapshot was loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>libvirt restarts it to revert the domain to a snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>endpoint</name>
    <message>
        <location filename="../../qmpgui/qmp/endpoint.py" line="+117"/>
        <source>&apos;{original}&apos;: the port must be a number, not &apos;{v1}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+133"/>
        <source>&apos;{original}&apos;: the port must be between 1 and 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+13"/>
        <source>&apos;{original}&apos;: write an IPv6 address as [ADDRESS]:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&apos;{original}&apos;: expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{original}&apos;: the host is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>give QEMU a QMP socket (-qmp unix:/run/vm1.qmp,server=on,wait=off) and enter its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos; is a libvirt connection URI: name a domain of it after &apos;#&apos; ({v1}#vm1), or add the connection itself (File → Add connection…) to list all its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos; is an SFTP address: for a monitor on another host write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos; is a display&apos;s address, not a QMP monitor; {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{original}&apos; is a web address: QMP is not spoken over HTTP; {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;{original}&apos;: qmpgui does not connect to {scheme}:// addresses; use a socket path (/run/vm.qmp) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>write ssh://[USER@]HOST[:PORT]/PATH (ssh://root@host1/run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{original}&apos;: the host is missing: {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{original}&apos;: a password does not belong in the address (it would be saved with it); qmpgui asks for it when the host wants one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos;: an ssh:// address takes no &apos;?&apos; or &apos;#&apos; part; {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{original}&apos;: the socket&apos;s path on the host is missing: {usage}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&apos;{original}&apos;: a file:// address must name a file on this machine (file:///run/vm1.qmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>the endpoint is empty: give a socket path or HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{original}&apos;: an endpoint has no NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{original}&apos;: the socket path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&apos;{original}&apos;: not an endpoint; use a socket path (/run/vm.qmp, unix:/run/vm.qmp) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/endpoint_keys.py" line="+50"/>
        <source>&apos;{v0}&apos;: not an endpoint, and {cwd} has nothing of that name; use a socket path (/run/vm.qmp, ./vm.sock) or tcp:HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>endpoint_groups</name>
    <message>
        <location filename="../../qmpgui/qmp/endpoint_groups.py" line="+32"/>
        <source>unix sockets on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this machine ({host})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entry</name>
    <message>
        <location filename="../../qmpgui/log/entry.py" line="+146"/>
        <source>{v0:.1f} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+109"/>
        <source>{words} failed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{words} ok ({v1})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../qmpgui/qmp/errors.py" line="+33"/>
        <source>{command} not sent out-of-band: this QEMU does not offer it (no &apos;oob&apos; capability in its greeting; QEMU 2.12 and later offer it on a QMP monitor): use &quot;execute&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an HTTP server answered, not a QMP monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is QEMU&apos;s human monitor (HMP), not QMP: start QEMU with -qmp instead of -monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not a QMP server: its first message is not JSON ({v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{path} is a folder, not a socket: give the socket&apos;s path (the -qmp unix: path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a folder, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} is a file, not a socket: give the socket&apos;s path (the -qmp unix: path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a file, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown host &apos;{host}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no such socket: {where} (is QEMU running with -qmp unix:{where},server=on,wait=off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permission denied on {where}: your user may not open this socket (check its owner and mode, or join its group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection refused on {where}: the socket file exists but nothing listens on it (left behind by a QEMU that exited?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection refused: nothing listens on {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where} is not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot reach {where}: {strerror}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot connect to {where}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>QMP capabilities negotiation failed: the server did not accept qmp_capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server closed the connection in the middle of its first message ({v0}): not a QMP monitor, or QEMU is exiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not a QMP server: its first message is JSON but not a QMP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server closed the connection without a QMP greeting (not a QMP monitor, or QEMU is exiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a QMP server: its first message is not JSON (binary data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a QMP server: it sent more than {v0} MiB without ending its first message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>connection failed: {inner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>connection lost: QEMU closed the monitor (it exited or was killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection lost: the connection was reset (QEMU exited or was killed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>connection lost: the connection closed in the middle of a message (QEMU exited or was killed?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: the server sent data that is not JSON; the connection was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: the server sent a message over the {v0} MiB limit; the connection was dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>connection lost: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connection lost: {kind}: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{command} did not complete: the connection to QEMU was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/errors.py" line="+25"/>
        <source>or use qemu:///session (your own domains), or connect as root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no domain named &apos;{domain}&apos; on {uri}: it was undefined, or the name is wrong (virsh list --all lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>libvirt refused: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>migration cancelled: {name} keeps running here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>libvirt will not migrate a domain to the host it runs on (the destination reports the same host UUID): choose a connection to another host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt calls migrating {name} unsafe: its disks are not on shared storage that libvirt knows of (NFS, Ceph, ...) or their cache mode is not &apos;none&apos;; migrate only if the destination sees the same disks, with Allow unsafe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the destination&apos;s host name resolves to localhost, so the source cannot reach its QEMU by it: give the migration address (tcp://ADDRESS), or fix the destination&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the destination already has a domain named &apos;{v0}&apos;: undefine or rename it there first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>libvirtd is not running for {uri}: nothing listens at {path} (start libvirtd, or check the URI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>permission denied on the libvirt socket {path}: join its group &apos;{group}&apos; (usermod -aG {group} $USER, then log in again), {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied on the libvirt socket {path}: {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>join the group &apos;{LIBVIRT_GROUP}&apos; (usermod -aG {LIBVIRT_GROUP} $USER, then log in again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>libvirtd lets polkit decide who may use {uri}, and polkit cannot be asked: the system D-Bus is not running (start dbus and polkit, then {join}), {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>polkit does not let your user manage {uri}: {join}, {_OTHER_WAYS}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the SSH host key of {host} is not known (or has changed): connect once with `ssh{port} {login}` to check the key and save it, or add no_verify=1 to the URI (OpenSSH then saves the key unchecked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH login to {login} refused (the host accepts {methods}): libvirt&apos;s ssh cannot ask for a password or a passphrase; put the key in your SSH agent or name it in the URI (?keyfile=KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH cannot reach {v0} port {v1}: {v2} (is sshd running there, and the port right?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>SSH cannot find the host &apos;{v0}&apos;: its name does not resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ssh to {login} ended: {v1} (try `ssh{port} {login}`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>without a word</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>event_log</name>
    <message>
        <location filename="../../qmpgui/ui/event_log_names.py" line="-34"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fleet</name>
    <message>
        <location filename="../../qmpgui/app/fleet.py" line="+42"/>
        <source>VM {before} renamed {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VM {before}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{name} is listed {times} times: shown once, the other (entry|%n entries) ignored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path}: {each} (the file is left as it is)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>found_sockets</name>
    <message>
        <location filename="../../qmpgui/ui/found_sockets.py" line="+36"/>
        <source>None of the folders searched could be read ({places}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n QMP socket(s) in {where}: choose one to fill in the endpoint.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No QMP socket answered in {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the first {entries:,} entries of {place} and its folders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it looked at {v0} only</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more (socket that may be a monitor was|sockets that may be monitors were) not probed (at most {PROBES} are)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source> The search stopped early: {v0}. For a socket not listed, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>choose its folder with Browse… or type its path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <location filename="../../qmpgui/qmp/glossary.py" line="+27"/>
        <source>{text}
Source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{state}: {meaning}.
Source: {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/glossary_rows.py" line="+12"/>
        <source>The virtio balloon: memory the guest gives back to the host. actual is the memory the guest has now; a target below the RAM asks the guest&apos;s balloon driver to inflate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, balloon and query-balloon (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The memory size last asked of the guest&apos;s balloon driver with balloon; the guest reaches it, or not, in its own time (BALLOON_CHANGE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, balloon (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s RAM: the memory at start (-m) and any plugged memory devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, query-memory-size-summary (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board QEMU emulates (-machine: pc-i440fx-7.2, q35, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s documentation, -machine (qemu(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s CPU architecture (x86_64, aarch64, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-target (qapi/machine-target.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="+96"/>
        <source>How many commands and events this QEMU&apos;s QMP server offers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="+1"/>
        <source>QMP schema, query-qmp-schema (qapi/introspect.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s virtual CPUs: each one&apos;s host thread, QOM path and target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, query-cpus-fast (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pointing devices; absolute ones (a tablet) follow the host&apos;s pointer exactly, current is the one getting the events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, query-mice (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s chardevs: each one&apos;s label, backend and whether its frontend has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>QMP schema, query-chardev (qapi/char.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Which display&apos;s password to set: the VNC server&apos;s or SPICE&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, set_password protocol (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password a viewer must give to connect to the display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, set_password (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the password stops working: never, now, in a number of seconds, or at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, expire_password (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s character device the terminal opens: a unix socket, a pty or a ringbuf chardev.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How a viewer logs in: none, vnc (a password), vencrypt (TLS with a sub-auth), sasl, spice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, VncBasicInfo and VncVencryptSubAuth of query-vnc-servers (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The listener&apos;s address family: ipv4, ipv6, unix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, NetworkAddressFamily (qapi/sockets.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SPICE&apos;s port for TLS connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, SpiceInfo tls-port (qapi/ui.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KVM (hardware virtualisation) or TCG (QEMU&apos;s own translator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-kvm (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU is running on a debugger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to finish the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused waiting for an incoming migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an internal error that prevents further guest execution has occurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the last I/O failed and the drive is configured to pause on I/O errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the guest has been paused with stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused following a successful migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU was started with -S and the guest has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to restore the VM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is actively running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to save the VM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is shut down (and -no-shutdown is in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is suspended (ACPI S3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the watchdog action is configured to pause and has been triggered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the guest has panicked, as a result of a guest OS panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the guest is paused to save or restore its state under a COLO checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, RunState (qapi/run-state.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/glossary_terms.py" line="-76"/>
        <source>QMP schema, BlockInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, BlockDeviceInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, BlockDeviceStats of query-blockstats (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, BlockJobInfo and JobInfo (qapi/block-core.json, qapi/job.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QMP schema, PciDeviceInfo of query-pci (qapi/pci.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, SnapshotInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, MigrationInfo and MigrationStats of query-migrate (qapi/migration.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, ObjectPropertyInfo of qom-list (qapi/qom.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The VM&apos;s name, given to QEMU with -name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-name (qapi/misc.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The VM&apos;s universally unique identifier, given with -uuid (all zeros without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, query-uuid (qapi/machine.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The QEMU release the VM runs on, major.minor.micro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, query-version (qapi/control.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this QEMU was built: empty from upstream QEMU, a distribution&apos;s package version (Debian 1:7.2+dfsg-7) from a distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, VersionInfo package (qapi/control.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What QEMU says the guest is doing: running, paused (by stop), prelaunch (started with -S, never booted), shutdown, io-error, guest-panicked, suspended, inmigrate, postmigrate, ... Each state&apos;s meaning is the run state&apos;s tooltip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, RunState of query-status (qapi/run-state.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How qmpgui&apos;s connection to the VM&apos;s monitor stands: connected, connecting, waiting for QEMU, reconnecting, or an error with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Where qmpgui reaches the VM&apos;s QMP monitor: a unix socket, tcp:, tls:, ssh:// or a libvirt domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU&apos;s documentation, the -qmp and -chardev options (qemu(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The process id and user of the QEMU at the other end of a unix socket, as the kernel reports the socket&apos;s peer (SO_PEERCRED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Linux, unix(7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When qmpgui&apos;s present connection began (local time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How many times qmpgui has polled this VM; ticks skipped while QEMU was slow to answer are counted apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The drive&apos;s name (its block backend): the id of -drive, or the qdev id for a -blockdev drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The image file in the drive; empty when no medium is inserted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The image format QEMU opened the medium with: qcow2, raw, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size the guest sees, the image&apos;s capacity in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the medium was opened read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For a removable drive (a CD-ROM or floppy): whether its tray is open; the guest or an eject opens it, QEMU announces it with DEVICE_TRAY_MOVED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drive&apos;s last I/O: ok, failed, or nospace (the host&apos;s storage is full); reported only by devices that support it (virtio-blk, IDE, SCSI) when the VM is configured to stop on errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockDeviceIoStatus (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bytes and operations read per second between two polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bytes and operations written per second between two polls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The device&apos;s id, given with -device ...,id=; a device without one is named by its QOM path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockInfo qdev and PciDeviceInfo qdev_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the drive&apos;s medium can be changed (removable) and whether the guest has locked it in (locked); old QEMUs said hd or cdrom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bytes and operations read since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bytes and operations written since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The space the image takes on the host&apos;s disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, ImageInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the image is encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many backing files lie under the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A node of the block graph, by its node-name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The block driver of the node: a format (qcow2, raw) or a protocol (file, nbd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file or address the node opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The node&apos;s cache mode: writeback, direct (O_DIRECT, bypassing the host&apos;s page cache) and no-flush.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, BlockdevCacheInfo (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The I/O throttling group the node&apos;s limits belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the link above the node takes of it (perm: consistent-read, write, write-unchanged, resize) and lets other users of the node take (shared-perm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, XDbgBlockGraphEdge of x-debug-query-block-graph (qapi/block-core.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The job&apos;s id (once the device&apos;s name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the job does: stream, commit, mirror, backup, create, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How far the job is: offset of len, a ratio whose unit means nothing alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The job&apos;s offset: the work done so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The job&apos;s rate limit in bytes per second; 0 is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The job&apos;s state: created, running, paused, ready (may be completed), standby, waiting, pending, aborting, concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, JobStatus (qapi/job.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the job may be completed now (a mirror in step).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device&apos;s place on its bus: slot.function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PCI class of the device, with its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The PCI vendor and device ids, named from the PCI ID database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The subsystem vendor and subsystem ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The interrupt line the device uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The device&apos;s base address registers: I/O or memory, 32 or 64-bit, prefetchable, address and size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, PciMemoryRegion (qapi/pci.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The id the device was given (-device ...,id= or device_add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, device_add (qapi/qdev.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The device&apos;s QOM type (virtio-net-pci, usb-tablet, ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plugged, or unplug requested: device_del asks the guest, and the device goes once the guest lets it go (DEVICE_DELETED).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, device_del (qapi/qdev.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the row is about; each row&apos;s tooltip says more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The value QEMU reported; — where it sent none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The snapshot&apos;s name (its tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The snapshot&apos;s id, unique within an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the snapshot was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The guest&apos;s clock when the snapshot was taken, since the VM started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The size of the VM state saved with the snapshot; none for a snapshot of the disks alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The drives that hold the snapshot; QEMU reverts only to a snapshot every writable drive holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s block/snapshot.c (bdrv_all_find_snapshot), as QEMU 7.2 behaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>partial when a drive lacks the snapshot (QEMU cannot revert to it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What libvirt or qmpgui keeps about the snapshot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The migration&apos;s state: setup, active, device, completed, failed, cancelling, cancelled, postcopy-active, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, MigrationStatus (qapi/migration.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the migration has taken (total-time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many times the dirty pages have been synchronised (dirty-sync-count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bytes already sent to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bytes of RAM still to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The RAM the migration moves, in bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How fast the migration sends (mbps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages the guest dirties per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How much auto-converge slows the guest&apos;s vCPUs (cpu-throttle-percentage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>How long the guest would stop if the migration ended now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long the guest stopped at the switch-over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The guest&apos;s network card, by its id (info network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>QEMU&apos;s documentation, HMP info network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The NIC&apos;s device model: e1000, virtio-net-pci, ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s documentation, -device (docs/system/devices/net)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The NIC&apos;s MAC address (QOM property mac).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the NIC&apos;s link is up, as set from this window: QEMU reports no link state, set_link only sets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QMP schema, set_link (qapi/net.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The host side of the NIC: the netdev&apos;s type (user, tap, ...) and id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, Netdev (qapi/net.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The netdev&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An object of QEMU&apos;s object tree (its child properties).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The property&apos;s type: a primitive (str, bool, uint32), child&lt;type&gt; (an object it owns) or link&lt;type&gt; (a reference to one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The property&apos;s value as qom-get reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, qom-get (qapi/qom.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A trace event compiled into this QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventInfo (qapi/trace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enabled, disabled, or unavailable (compiled out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventState (qapi/trace.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whether the event is traced per vCPU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QMP schema, TraceEventInfo vcpu (qapi/trace.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>headers</name>
    <message>
        <location filename="../../qmpgui/models/block_graph_model.py" line="-66"/>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="-135"/>
        <source>Virtual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="+10"/>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="-9"/>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Throttle group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/block_jobs_model.py" line="-17"/>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/block_model.py" line="+6"/>
        <location filename="../../qmpgui/models/device_list_model.py" line="+13"/>
        <location filename="../../qmpgui/models/qom_model.py" line="-288"/>
        <location line="+209"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/block_model.py" line="-10"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I/O status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/pci_model.py" line="+26"/>
        <source>qdev id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backing depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/device_list_model.py" line="+0"/>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+28"/>
        <location filename="../../qmpgui/models/trace_model.py" line="+20"/>
        <location filename="../../qmpgui/models/vm_list.py" line="-289"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/display_model.py" line="-197"/>
        <location filename="../../qmpgui/models/machine_model.py" line="+16"/>
        <location filename="../../qmpgui/models/qom_model.py" line="+0"/>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../qmpgui/models/machine_model.py" line="+0"/>
        <location filename="../../qmpgui/models/qom_model.py" line="+0"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/event_log.py" line="+51"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../qmpgui/models/snapshot_model.py" line="-6"/>
        <location filename="../../qmpgui/models/vm_list.py" line="-1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/network_model.py" line="+16"/>
        <source>NIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backend details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/pci_model.py" line="-4"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vendor:device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsystem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IRQ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BARs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/qom_model.py" line="-209"/>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RAM state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/trace_model.py" line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+2"/>
        <source>Disk I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/shortcuts_dialog.py" line="-36"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ids</name>
    <message>
        <location filename="../../qmpgui/qmp/ids.py" line="+13"/>
        <source>an id starts with a letter and has only letters, digits, &apos;-&apos;, &apos;.&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&apos;{text}&apos; is not an id QEMU takes: {ID_RULE}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_format_box</name>
    <message>
        <location filename="../../qmpgui/ui/image_format_box.py" line="-89"/>
        <source>(read from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose: raw or qcow2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_info</name>
    <message>
        <location filename="../../qmpgui/host/image_info.py" line="+60"/>
        <source>{size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>choose an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the full path of {path}: QEMU opens it from its own working folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no such file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a folder, not an image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} is a link to a file that does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} cannot be read (permission denied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>qemu-img did not read {path} within {QEMU_IMG_TIMEOUT_S:g} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} cannot be opened as a disk image: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{path} cannot be read: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>image_lock</name>
    <message>
        <location filename="../../qmpgui/qmp/image_lock.py" line="+102"/>
        <source>disk &apos;{device_id}&apos;{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>drive &apos;{drive}&apos;{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disk {device_path}{kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>block node &apos;{node}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>or give this disk a copy of {path} (cp), or an overlay over it (qemu-img create -f qcow2 -b {path} -F {fmt} NEW.qcow2) while nothing writes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} is in use by {owner}&apos;s {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{held}, which writes it, so QEMU will not open it again, not even read-only: remove that first, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{held}, which only reads it: tick {read_only_box} to share it, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another QEMU?) has {path} open for writing, so QEMU will not open it, not even read-only: stop that program first, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another program (another QEMU?) has {path} open, so QEMU will not open it for writing: if that program only reads it, tick {read_only_box} to share it; else stop it first, {copy}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>instance</name>
    <message>
        <location filename="../../qmpgui/app/instance.py" line="-154"/>
        <source>{folder} is not a folder that only this user may enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+215"/>
        <source>its window now shows {passed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its window is brought to the front</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_list</name>
    <message>
        <location filename="../../qmpgui/ui/key_list.py" line="+39"/>
        <source>VM menu, toolbar, the VM list&apos;s menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send the command (when it is complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Send the command as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new line in the command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The previous / next command of the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete the command or argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Insert template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy the selected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Serial terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Paste the clipboard into the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scroll back / forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+43"/>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Show the {title} tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Screendump viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the keyboard and mouse back from the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The screen_release_keys setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../qmpgui/qmp/keys.py" line="+71"/>
        <source>ends an X server where allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reboot at once, without syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>crash the kernel (kdump)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end every process (SIGTERM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run the OOM killer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>help, on the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill every process (SIGKILL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thaw frozen file systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kill the console&apos;s programs (SAK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backtrace of all CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>power off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registers and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>take the keyboard out of raw mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sync the disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remount file systems read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>list the blocked tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>type a key combination, such as ctrl-alt-delete or shift-a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{v0}&apos; has a key name missing beside a - or +: the minus key is &apos;minus&apos;, the plus key &apos;kp_add&apos; (or shift-equal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;{word}&apos; is given twice: each key is pressed once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{keys_count} keys: at most {MAX_KEYS} are pressed at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source> (did you mean {v0}?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{word}&apos; is not a key name this VM knows{hint}: keys are QEMU&apos;s QKeyCodes, such as ctrl, alt, delete, f1, a, ret or spc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&apos;{v0}&apos; has no Linux key code for libvirt&apos;s send-key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_risk</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_risk.py" line="+19"/>
        <source>libvirt manages this domain: commands sent here go through libvirt&apos;s monitor pass-through, and libvirt marks the domain tainted (custom-monitor) at the first one. Queries are safe; commands that change the run state, devices, disks, migration or snapshots leave libvirt&apos;s view out of date: use the VM menu&apos;s actions, which go through libvirt, or virsh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use the VM menu (Pause, Resume, Reset, Power down, Force off), which goes through libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use virsh attach-device or detach-device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use Eject or Change media, which go through libvirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use virsh migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use virsh snapshot-create, snapshot-revert or snapshot-delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use virsh domdisplay and the domain&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use virsh blockcopy, blockcommit, blockpull or blockresize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+125"/>
        <source>&apos;{name}&apos; changes the domain behind libvirt&apos;s back: libvirt&apos;s view of it goes out of date; {use}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_schemes</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_schemes.py" line="+21"/>
        <source>&apos;{text}&apos; is a connection of libvirt&apos;s {driver} driver: qmpgui speaks to QEMU&apos;s monitor, which only libvirt&apos;s QEMU driver has (qemu:///system, qemu:///session, qemu+ssh://, qemu+tcp://, qemu+tls://, qemu+unix://, qemu+ext://)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>libvirt_uri</name>
    <message>
        <location filename="../../qmpgui/qmp/libvirt_uri.py" line="+15"/>
        <source>qemu:///system, qemu:///session or qemu+ssh://root@host1/system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the URI is empty: give a libvirt URI such as {EXAMPLES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a libvirt connection URI; give one such as {EXAMPLES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;{text}&apos; is a QMP endpoint, not a libvirt connection: add it with File → Add VM…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&apos;{text}&apos; names a domain: add it with File → Add VM…, or give the connection alone ({v1}) to list all its domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{text}&apos; is not a valid URI: {err}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{text}&apos;: a qemu URI ends in /system (the system&apos;s domains) or /session (your own), e.g. {EXAMPLES}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{uri} is the connection this domain runs on: give another host&apos;s libvirt (a domain migrates to another host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&apos;{text}&apos; is not a data address: give tcp://ADDRESS or tcp://ADDRESS:PORT (where the destination&apos;s QEMU listens), or leave it empty for the destination host&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>live_completion</name>
    <message>
        <location filename="../../qmpgui/qmp/live_completion.py" line="+19"/>
        <source>removable drive (qdev id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>device (qdev id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removable drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drive or node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chardev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>netdev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QOM type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QOM path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chardev no monitor or device uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NIC or netdev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QOM property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>machine_model</name>
    <message>
        <location filename="../../qmpgui/models/machine_model.py" line="+8"/>
        <source>thread {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mouse {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>, frontend open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, frontend closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>{status} (running: {running})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{command_count} commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, {event_count} events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accelerator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Machine type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Character devices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <location filename="../../qmpgui/qmp/media.py" line="+60"/>
        <source>the device has neither a drive name nor a qdev id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>this QEMU cannot force a change past a locked tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this QEMU&apos;s change command cannot set the read-only mode; it was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this QEMU has neither blockdev-change-medium nor change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>this VM has no removable drive (CD-ROM, floppy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to eject: no removable drive holds a medium or has a closed tray</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/media_dialog.py" line="-243"/>
        <source>as the device is (retain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read-write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>, tray open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>memory</name>
    <message>
        <location filename="../../qmpgui/qmp/memory.py" line="-132"/>
        <source>this VM has no balloon device: QEMU needs one ({BALLOON_DEVICE}) to give memory back from the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this domain has no balloon device: give it &lt;memballoon model=&apos;virtio&apos;/&gt; in its XML (virsh edit), then start it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the guest gives memory back only through its balloon driver (virtio_balloon); without one it keeps all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>a balloon target of 0 MiB would leave the guest no memory at all: QEMU refuses it; give at least 1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a balloon target of {target_mib} MiB is more than the VM&apos;s RAM, {ram} MiB: the balloon only gives back what it took (RAM is set when QEMU starts, or grows by hot-plugged memory)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/memory.py" line="+36"/>
        <source>Set balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the balloon has not answered yet (query-balloon)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>memory_nodes</name>
    <message>
        <location filename="../../qmpgui/models/memory_nodes.py" line="+43"/>
        <source> of {v0} at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0} requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>backend {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>node {node}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{total} ({v1} at start + {v2} plugged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;memballoon model=&apos;virtio&apos;/&gt; in the domain&apos;s XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no balloon device ({add} adds one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the guest keeps {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the balloon holds {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the guest keeps {v0} of {v1}{held}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>QEMU keeps the target for the guest&apos;s balloon driver and does not report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not known: QEMU reports only what the guest keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+43"/>
        <source>Balloon target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{v0}, asked at {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{asked}: reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest keeps what was asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{asked}: the guest has moved since, to {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another client asked another target, or the guest&apos;s driver chose so itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{asked}: not reached yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The guest&apos;s balloon driver has yet to act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{asked}: not {way} yet (needs the guest&apos;s driver)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{current} used of {most} (virsh dominfo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; balloon actual {v0} (virsh dommemstat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Balloon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../qmpgui/app/menus.py" line="+46"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vie&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migrate</name>
    <message>
        <location filename="../../qmpgui/app/actions/migrate.py" line="-197"/>
        <source>the domain is {v0}: libvirt migrates a running or paused domain live (Start it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only a running or paused domain can migrate (it is {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a migration of this VM is already under way ({words})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migrate_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/migrate_dialog.py" line="-279"/>
        <source>A URI (typed below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Start migration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration</name>
    <message>
        <location filename="../../qmpgui/qmp/migration.py" line="+37"/>
        <source>no migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>setting up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copying memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting to switch over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copying device state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy: the destination runs, fetching what is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy paused: the connection broke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>postcopy recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the guest to unplug devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COLO (fault tolerance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/migration.py" line="-320"/>
        <source>Migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrate (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/migration.py" line="+24"/>
        <source>{v0:.1f} s since it began {what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_advice</name>
    <message>
        <location filename="../../qmpgui/ui/migration_advice.py" line="-20"/>
        <source>. What would help:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_brief</name>
    <message>
        <location filename="../../qmpgui/session/migration_brief.py" line="+21"/>
        <source> (pass {dirty_sync_count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>migrating: {v0} left{passes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migration: {words}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for a migration at {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>pass {dirty_sync_count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{v0} left of {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{v0:.1f} MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>migrating, {words}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_chart</name>
    <message>
        <location filename="../../qmpgui/ui/migration_chart.py" line="-135"/>
        <source>memory left (MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>memory left (MiB, scale: the last minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>throughput (MiB/s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_figures</name>
    <message>
        <location filename="../../qmpgui/ui/migration_figures.py" line="+42"/>
        <source>{v0:.1f} MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{value} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{v0:.1f} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} ({dirty_pages_rate} pages/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source> at {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming migration{at}: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting for an incoming migration at {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for an incoming migration (QEMU started with -incoming defer): Migrate… on the source VM tells this VM where to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrating: {words}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No migration. Migrate… (Ctrl+Shift+I) moves this domain to another libvirt connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No migration. Migrate… (Ctrl+Shift+I) moves this VM to another QEMU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Incoming migration through libvirt: libvirt holds this domain until it ends (the source&apos;s Migration pane follows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not connected. </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_ops</name>
    <message>
        <location filename="../../qmpgui/virt/migration_ops.py" line="+75"/>
        <source>the destination {destination} cannot be opened: {sentence}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_options</name>
    <message>
        <location filename="../../qmpgui/qmp/migration_options.py" line="+49"/>
        <source>Bandwidth limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the most the migration sends per second; QEMU&apos;s default is 128 MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Downtime limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the longest pause of the guest QEMU accepts to switch over; longer lets a busy guest finish; QEMU&apos;s default is 300 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Auto-converge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>slows the guest&apos;s vCPUs step by step while it dirties memory faster than it is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>XBZRLE compression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends only the changed bytes of pages sent before: less traffic, more CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Multifd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sends memory over several connections at once (the destination needs it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow postcopy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lets a migration that does not finish switch to postcopy: the destination runs at once and fetches the rest (the guest is lost if the network fails meanwhile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>-uuid {source_uuid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no -uuid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>multifd needs it started with {wanted} (QEMU refuses another UUID&apos;s channels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bandwidth limit {v0:g} MiB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>downtime limit {downtime} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{names} on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no other option on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no option on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_outcome</name>
    <message>
        <location filename="../../qmpgui/session/migration_outcome.py" line="+21"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>after {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source> of {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{v0}{of} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>to the command {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to the file {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incoming migration completed: this VM has the guest now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: {error_desc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incoming migration {why}: this QEMU exits (QEMU cannot take another)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> in {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; the guest paused {downtime_ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; {v0} sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its guest stays stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its guest was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}{sent}: this VM&apos;s state was written {written}; {stopped}. This VM is left in postmigrate: Resume runs it here again (no second copy runs unless the state is loaded elsewhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is paused, as it was here,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration completed{took}{paused}{sent}. This VM is left in postmigrate: its guest {where} at the destination (resuming it here would run two copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>what was written {written} is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the destination QEMU exits (start it again to take another migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migration cancelled{got}: this VM keeps running; {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this VM stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this VM keeps running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this VM stays here, paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>migration failed{got}: {v1}; {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QEMU gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_uri</name>
    <message>
        <location filename="../../qmpgui/qmp/migration_uri.py" line="+37"/>
        <source>write tcp:[ADDRESS]:PORT for an IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tcp: needs a host and a port: tcp:HOST:PORT (tcp:127.0.0.1:4444)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{port}&apos; is not a port: tcp:HOST:PORT takes a port from 1 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>QEMU&apos;s migration URIs have no &quot;//&quot;: write {fixed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a migration URI starts with its kind: write tcp:{uri} for a QEMU listening at {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a migration URI starts with its kind: write unix:{uri} for a socket at {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>give the destination: a VM waiting for a migration, or a URI (</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&apos;{uri}&apos; is not a migration URI: write one of </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unix: needs the socket&apos;s path: unix:/run/dest.sock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exec: is not for a libvirt domain: its QEMU runs as libvirt&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>exec: needs a command: exec:cat &gt; /var/tmp/vm.mig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this QEMU cannot migrate to a file (file: came with QEMU 8.2): use exec:cat &gt; PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>file: needs a path: file:/var/tmp/vm.mig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;{scheme}:&apos; is not a migration URI qmpgui sends: write one of </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>migration_yank</name>
    <message>
        <location filename="../../qmpgui/session/migration_yank.py" line="+25"/>
        <source>this QEMU has not let go of its last migration, which failed (its yank instance &quot;migration&quot; is still registered: QEMU 7.2 can leave it after a failed multifd migration), so it refuses every new one (&quot;duplicate yank instance&quot;) and its migration state would stay at setup. The guest runs on; to migrate it, restart this VM&apos;s QEMU (a snapshot keeps the guest&apos;s state across the restart)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>monitors</name>
    <message>
        <location filename="../../qmpgui/host/monitors.py" line="+172"/>
        <source>in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>free, QEMU {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>: {v0} (is|are) connected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>network</name>
    <message>
        <location filename="../../qmpgui/qmp/network.py" line="+195"/>
        <source>the protocol is tcp or udp, not {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the {what} port is a number from 1 to 65535, not {port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>QEMU could not listen for {rule} on its host: the host port is in use or the address is not one of the host&apos;s (choose another port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU could not read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU refused the rule {rule}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{netdev} has no host forward {rule} (it may have been removed already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU could not read the rule {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/network.py" line="+36"/>
        <source>Set link down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set link up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove host forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/network.py" line="-160"/>
        <source>The guest sees its cable pulled out: its connections through this NIC stop and no packet goes in or out until the link is set up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A libvirt domain&apos;s links and forwards are libvirt&apos;s to change (virsh domif-setlink, its &lt;interface&gt; XML): this pane changes them on plain QMP VMs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>network_model</name>
    <message>
        <location filename="../../qmpgui/models/network_model.py" line="+6"/>
        <source>QEMU reports no link state: a NIC&apos;s link is up from its start until set_link sets it down, and the pane shows it as set from this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no addresses listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; table overflowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Promiscuous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main MAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Multicast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Host forwards: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RX filter (query-rx-filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Host forward {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opening</name>
    <message>
        <location filename="../../qmpgui/qmp/opening.py" line="+54"/>
        <source>the connection attempt timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>outcome</name>
    <message>
        <location filename="../../qmpgui/qmp/outcome.py" line="+22"/>
        <source>QEMU closed the monitor: it quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>HMP {line}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>panes</name>
    <message>
        <location filename="../../qmpgui/ui/panes/registry.py" line="+119"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scree&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seria&amp;l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Block devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block gr&amp;aph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block &amp;jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Devi&amp;ces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;isplay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snapsh&amp;ots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mi&amp;gration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;twork</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;race events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pci</name>
    <message>
        <location filename="../../qmpgui/qmp/pci.py" line="+21"/>
        <source>query-pci[{n}]: bus {number} is described twice; shown once</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>pci_model</name>
    <message>
        <location filename="../../qmpgui/models/pci_model.py" line="+14"/>
        <source>I/O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> prefetchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Bus (not numbered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bus {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (behind {qdev_id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>multi-function device ({functions_count} functions)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <location filename="../../qmpgui/app/preferences.py" line="+41"/>
        <source>preferences: {said}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/preferences_dialog.py" line="-362"/>
        <source>&amp;Poll every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the VM list and the pane on screen are polled, besides QMP events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Command timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long a command may wait for its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Greeting timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long to wait for QEMU&apos;s greeting before calling the monitor busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Power &amp;down waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long Power down waits for the guest before offering Force off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unplug waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long Remove device waits for the guest to release a device before saying that it has not and that a reset completes the unplug (it keeps waiting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screendump &amp;live every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screendump viewer&apos;s live refresh interval (for viewers opened from now on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Event log keeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entries the event log keeps in memory and reads back at start; the oldest go</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preferences_dialog</name>
    <message>
        <location line="+15"/>
        <source>{low:,.10g} to {high:,.10g} {unit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>preset_forms</name>
    <message>
        <location filename="../../qmpgui/ui/preset_forms.py" line="-114"/>
        <source>(not known yet: read from the file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <location filename="../../qmpgui/qmp/presets.py" line="+27"/>
        <source>this machine does not plug in vCPUs (no query-hotpluggable-cpus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every vCPU slot is in use: a VM takes more vCPUs only when started with -smp N,maxcpus=M (M greater than N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>every 52:54:00 address is taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{mac}&apos; is not a MAC address (six pairs of hex digits: 52:54:00:12:34:56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;{mac}&apos; is a multicast address: a NIC needs one whose first byte is even</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the MAC address {mac} is in use by another NIC of this VM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>QEMU makes {ifname} (or opens it, when a tap of that name exists)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU makes a new tap, which the host names (the first free of tap0, tap1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{TAP_UP_SCRIPT} with the tap&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{TAP_DOWN_SCRIPT} with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{made}, then runs {up} on this VM&apos;s host as QEMU&apos;s user; {down} runs when the backend goes (netdev_del, or QEMU quits). QEMU does this when no script is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No script runs: {made} and leaves it as it is, so a new tap stays down. Bring it up yourself (ip link set {ifname} master BRIDGE up, BRIDGE being the host&apos;s bridge), or choose the host&apos;s scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No script runs: {made}, and leaves it down. Its name shows in the Network pane&apos;s Backend details (ifname=…): bring it up yourself (ip link set TAP master BRIDGE up, for that TAP and the host&apos;s bridge), or name the tap here, or choose the host&apos;s scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the image is {found}, not {chosen} (as found): choose {found}, or leave the format to detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU found that {path} is not a {chosen} image: choose the image&apos;s own format (qemu-img info {path} says which)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/presets.py" line="+115"/>
        <source>{command} failed: {why}; {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing was created, so nothing is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>what it had created ({removed}) is removed again: nothing is left behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed again: {v0}; {remains}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qemu_argv</name>
    <message>
        <location filename="../../qmpgui/qmp/qemu_argv.py" line="+132"/>
        <source>the guest agent&apos;s channel {_GUEST_AGENT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the virtio-serial channel {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a virtio-serial channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a virtio console of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a serial port of the guest ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a parallel port of the guest ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a vhost-user back end ({driver})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character device of {driver}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>its QMP monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>its human monitor (HMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a serial port of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a parallel port of the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its GDB stub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a network back end (-netdev {v0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the character device of -object {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>-chardev {v0},id={chardev}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a character device that no device uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>-{name} unix:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its incoming migration channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-incoming {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its VNC display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-vnc unix:{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its SPICE display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-spice addr={v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>-netdev {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom</name>
    <message>
        <location filename="../../qmpgui/session/qom.py" line="+32"/>
        <source>Set QOM property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+127"/>
        <source>&lt;error: {error}&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom_copy</name>
    <message>
        <location filename="../../qmpgui/ui/qom_copy.py" line="-91"/>
        <source>(not read)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom_set_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/qom_set_dialog.py" line="-42"/>
        <source>qom-set changes the live object at once: the guest may see the change, and QEMU keeps it until the VM ends (it is not written to any configuration).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qom_tree</name>
    <message>
        <location filename="../../qmpgui/qmp/qom_tree.py" line="+136"/>
        <source>{name} is a bool: type true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is an integer ({type}): type a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is unsigned ({type}): type 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reader</name>
    <message>
        <location filename="../../qmpgui/qmp/reader.py" line="-142"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a fractional number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>{where}: expected an array, got {v1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>risk</name>
    <message>
        <location filename="../../qmpgui/qmp/risk.py" line="+53"/>
        <source>It starts a mirror job that copies the drive to its target image (created, or overwritten, unless mode=existing); completing it switches the drive to the target for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts a mirror job that writes the drive&apos;s data over the target node; completing it switches the drive to the target for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts a commit job that writes the top image&apos;s data into its base image, changing the base for anything else built on it; committing the active layer switches the drive to the base once completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts a stream job that copies the backing images&apos; data into the image above them (it grows), then drops their backing link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts a backup job that writes a copy of the drive to its target image (created, or overwritten, unless mode=existing); the drive itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It starts a backup job that writes a copy of the drive over the target node; the drive itself is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>It can end the VM, lose guest state or remove a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>transaction: {kind}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>runstate</name>
    <message>
        <location filename="../../qmpgui/qmp/runstate.py" line="+47"/>
        <source>an incoming migration is in progress (only Quit works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the VM is not running (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>the VM is already running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the VM was never started (QEMU -S): Start boots it, after asking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a suspended VM wakes with Wake, not Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resume fails after &apos;{status}&apos;: Reset first, then Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only a VM that was never started (QEMU -S) can be started (it is {status}); Resume continues a paused one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only a suspended VM can be woken (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a paused guest cannot answer the power button: Resume it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keys reach a running guest only (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only a running guest can be asked to power down (it is {status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not possible while the VM is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This VM was migrated away. If the destination runs, resuming here runs two copies of the same guest, which can corrupt its disks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>schema</name>
    <message>
        <location filename="../../qmpgui/qmp/schema.py" line="+219"/>
        <source>array of {v0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_image</name>
    <message>
        <location filename="../../qmpgui/models/screen_image.py" line="+53"/>
        <source>QEMU wrote a {v0} file of {v1} bytes that is not a readable picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>PNG encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_input</name>
    <message>
        <location filename="../../qmpgui/qmp/screen_input.py" line="+108"/>
        <source>this VM has no tablet: the pointer moves relatively, and the guest&apos;s pointer may not follow yours; add a usb-tablet (Devices) for an exact pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>a US keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the {layout} keyboard layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing typed: {board} has no key for {shown}. Choose the guest&apos;s keyboard layout, or remove those characters and type them in the guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the release keys are empty: use a combination such as ctrl-alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{name}&apos; in the release keys is not a QEMU key name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screen_view</name>
    <message>
        <location filename="../../qmpgui/ui/screen_view.py" line="-320"/>
        <source>Select a connected VM to see its screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard capture and Type text are off: this VM has no screen to type into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screendump</name>
    <message>
        <location filename="../../qmpgui/qmp/screendump.py" line="+66"/>
        <source>QEMU runs on {host} and writes screendumps to that host&apos;s disk, where qmpgui cannot read them. Run qmpgui on that host (for example over ssh -X), or watch the screen with a VNC or SPICE viewer (Display tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>uid {uid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QEMU runs as user {v0}, which may not write to qmpgui&apos;s private folder {folder} (mode 0700, owned by {v2}). Run qmpgui as {v0}, or watch the screen with a VNC or SPICE viewer (Display tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QEMU could not write the screendump into {folder} ({desc}). QEMU writes the file itself, as its own user: that user needs write access to the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>this VM has no display (QEMU was started without a graphics device)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screendump_save</name>
    <message>
        <location filename="../../qmpgui/ui/screendump_save.py" line="+27"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{vm_name} screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VM name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VM UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creation Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QEMU version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>qmpgui {__version__}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>screendump_viewer</name>
    <message>
        <location filename="../../qmpgui/ui/viewer_keys.py" line="+13"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take a new screendump now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit the picture to the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every pixel once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enlarge (also Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Zoom −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reduce (also Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the picture as a PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the picture to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../../qmpgui/qmp/secrets.py" line="+119"/>
        <source>not sent: it holds {MASK} where a secret goes (the history keeps secrets masked): type the secret again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+251"/>
        <source>duplicate key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>send_key_menu</name>
    <message>
        <location filename="../../qmpgui/ui/send_key_menu.py" line="+13"/>
        <source>Send &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial</name>
    <message>
        <location filename="../../qmpgui/ui/panes/serial.py" line="-273"/>
        <source>Choose a serial port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The console is shown in a window of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Serial console — {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_console</name>
    <message>
        <location filename="../../qmpgui/ui/serial_console.py" line="-47"/>
        <source>a serial line cannot tell the guest: set it there (stty rows R cols C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_input</name>
    <message>
        <location filename="../../qmpgui/session/serial_input.py" line="-26"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{v0:.1f} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>serial_ports</name>
    <message>
        <location filename="../../qmpgui/qmp/serial_ports.py" line="+32"/>
        <source>another program holds this serial port (QEMU serves one client at a time): close it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another program holds this domain&apos;s console (libvirt serves one client at a time, such as virsh console): close it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libvirt&apos;s pty: choose the console above, which libvirt serves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>read-only: QEMU&apos;s ringbuf-write only adds to the buffer, the guest never reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>QEMU connects out to this socket: the program listening there has it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a socket on the VM&apos;s host, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a pseudo-terminal on the VM&apos;s host, not this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its output goes to a file on the VM&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is QEMU&apos;s own standard input and output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a null chardev: the guest&apos;s output is dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is shown in QEMU&apos;s own window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a named pipe on the VM&apos;s host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a TCP socket: qmpgui opens unix sockets, ptys and ringbufs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a UDP socket: qmpgui opens unix sockets, ptys and ringbufs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>a SPICE channel, for a SPICE client</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>{holders} (holds|hold) this serial port (QEMU serves one client at a time): close it there</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>serial_transports</name>
    <message>
        <location filename="../../qmpgui/session/serial_transports.py" line="-59"/>
        <source>{path} is not a terminal: {err}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shorthand</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand.py" line="+80"/>
        <location line="+93"/>
        <source>nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>not valid JSON: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a QMP command is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a command has &quot;execute&quot; or &quot;exec-oob&quot;, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing &quot;execute&quot;: the name of the command to run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;arguments&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>shorthand_words</name>
    <message>
        <location filename="../../qmpgui/qmp/shorthand_words.py" line="+80"/>
        <source>unclosed quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>no JSON form for {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a JSON or Python value: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nested too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only strings, numbers, True, False, None, lists and dicts with string keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>silence_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/silence_errors.py" line="+22"/>
        <source>the server sent a QMP greeting but did not answer qmp_capabilities within {seconds:g} s (is QEMU stopped with SIGSTOP, or stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no answer to qmp_capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>monitor busy: connected, but no QMP greeting within {seconds:g} s{held}. {_ONE_CLIENT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>{v0} (is|are) connected to it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another client is connected to it (a process of another user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>monitor busy: {v0}. {_ONE_CLIENT}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>{v0} (holds|hold) it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another client holds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>monitor busy: {path} takes no more clients: {held} and others already wait for their turn. A QMP socket serves one client at a time; close the other client (another qmpgui, qmp-shell, libvirt) or give QEMU a second -qmp socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is not a QMP monitor: QEMU (pid {pid}) uses it as {what} ({option} on its command line). Give qmpgui a QMP socket: start QEMU with -qmp unix:PATH,server=on,wait=off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>QEMU (pid {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server (pid {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{who} is stopped (SIGSTOP, or a debugger holds it): it sends no QMP greeting until it runs again (kill -CONT {pid})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{v0} is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>QEMU ({server}) accepted the connection on its QMP monitor but sent no greeting within {seconds:g} s (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no QMP greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QEMU ({server}) accepted the connection but sent no QMP greeting within {seconds:g} s: this socket is not one of its QMP monitors (a guest agent, serial port or other character device?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not a QMP server: {server} accepted the connection but sent no QMP greeting within {seconds:g} s, and it is not QEMU (if it relays a QMP monitor, that monitor is busy or stuck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{server} has not accepted the connection within {seconds:g} s, and no other client is connected to the socket (is it stuck?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>connection not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_failures</name>
    <message>
        <location filename="../../qmpgui/qmp/snapshot_failures.py" line="+26"/>
        <source>{error} (QEMU saves the RAM as a migration sends it, and a device of this VM cannot be migrated: a snapshot of the disks only, without the RAM, can be saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} (the filesystem holding {file} is full: {v2} MiB free of {v3} MiB; make room there and try again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_model</name>
    <message>
        <location filename="../../qmpgui/models/snapshot_model.py" line="+8"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disks only, external</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none (disks only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (partial: not on every disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tag} (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Taken from: {parent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>libvirt&apos;s current snapshot: the domain was last taken or reverted to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Some disks lack this snapshot: reverting to it fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_ops</name>
    <message>
        <location filename="../../qmpgui/virt/snapshot_ops.py" line="+116"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshot_pictures</name>
    <message>
        <location filename="../../qmpgui/models/snapshot_pictures.py" line="+50"/>
        <source>this VM has no UUID to keep pictures under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>snapshots</name>
    <message>
        <location filename="../../qmpgui/app/actions/snapshots.py" line="-227"/>
        <source>not possible while the VM is {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a snapshot is being saved, reverted to or deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VM&apos;s disks and snapshots are not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this VM has no snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;{tag}&apos; holds the disks only, no RAM state: QEMU reverts such a snapshot only while the VM is off (qemu-img snapshot -a)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{tag}&apos; is not on every disk of the VM, so QEMU cannot revert to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the moment it was taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/qmp/snapshots.py" line="-61"/>
        <location line="+1"/>
        <source>starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+206"/>
        <source>this VM has no disk to keep a snapshot on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no disk of this VM can hold a snapshot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this QEMU saves snapshots of every writable disk, and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>give the snapshot a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a snapshot&apos;s name cannot hold spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a name of digits alone is read as a snapshot&apos;s id: add a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a snapshot&apos;s name has at most 127 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/snapshots.py" line="+127"/>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reverting to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert to snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+34"/>
        <source>{v0} snapshot &apos;{tag}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/snapshots.py" line="+11"/>
        <source>{text} (libvirt&apos;s snapshots; the current one marked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
libvirt did not list them: {libvirt_error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{text}
No snapshot can be saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
A snapshot keeps the memory: {MEMORY_REQUIRED}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{text}
Not in snapshots: {cannot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/virt/snapshots.py" line="+22"/>
        <source>libvirt takes a running domain&apos;s internal snapshot only with its memory (disks alone only while it is shut off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>this domain has no disk to keep a snapshot on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no disk of this domain can hold a snapshot: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>libvirt keeps internal snapshots only when every writable disk can: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+1"/>
        <source>shut off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sockets</name>
    <message>
        <location filename="../../qmpgui/host/sockets.py" line="+52"/>
        <source>no socket there yet: qmpgui keeps trying once the VM starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a folder: choose the socket in it (Browse…, or the list below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a file, not a socket: no QEMU listens there yet (QEMU makes the socket when it starts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>qmpgui cannot look there (no permission on a folder on the way?): it is kept as typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>This endpoint is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this path is {size} bytes long: a unix socket&apos;s path has at most {MAX_SOCKET_PATH}, so neither QEMU nor qmpgui can use it; choose a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This socket is already in the list, as {v0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>state_words</name>
    <message>
        <location filename="../../qmpgui/session/state_words.py" line="+60"/>
        <source>, next try in {left} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reconnecting (attempt {attempt}{wait})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exited ({cause}); waiting for QEMU to come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>error: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>exited ({cause})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>states</name>
    <message>
        <location filename="../../qmpgui/virt/states.py" line="+125"/>
        <source>event {event}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <location filename="../../qmpgui/models/text.py" line="+29"/>
        <source>{v0} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not available on this QEMU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls</name>
    <message>
        <location filename="../../qmpgui/qmp/tls.py" line="+17"/>
        <source>the {what} {path} cannot be read: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>a client {given} was given without its {missing}: give both, or neither</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>client {missing} missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>the CA certificate {ca} holds no certificate (a PEM file is expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificate unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>client key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key {key} is encrypted with a passphrase: give a key without one (openssl pkey -in {key} -out client-key.pem)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client key has a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the client key {key} does not match the client certificate {cert}: give the key the certificate was made for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key does not match certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the client certificate {cert} or its key {key} is not a PEM certificate and key ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate or key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls_errors</name>
    <message>
        <location filename="../../qmpgui/qmp/tls_errors.py" line="+66"/>
        <source>{host}:{port} is a plain QMP monitor, without TLS: connect to tcp:{v2}:{port}, or give QEMU&apos;s monitor chardev tls-creds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plain QMP, not TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{host}:{port} is a QMP monitor over TLS (it waits for a TLS handshake, not sending a greeting): connect to tls:{v2}:{port}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a TLS monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the server&apos;s certificate ({host}:{port})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> on {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} expired{on}: QEMU needs a new server-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> before {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where} is not valid{on}: check this machine&apos;s clock and QEMU&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>certificate not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where} is not made out to &apos;{host}&apos;: connect by a name or address its subjectAltName lists, or make it anew for this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name mismatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where} is not trusted: it is not signed by {trusted} ({verify_message}); give the CA certificate that signed QEMU&apos;s server-cert.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>certificate not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the server asks for a client certificate (QEMU&apos;s verify-peer=on) and none was given: give a client certificate and its key, signed by the CA QEMU trusts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused the client certificate {cert}: it is not signed by the CA QEMU trusts (ca-cert.pem in its tls-creds-x509 dir), or has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>client certificate refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{host}:{port} does not speak TLS: it answered the handshake with something else ({v2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not a TLS server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the TLS handshake with {host}:{port} failed: {v2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TLS handshake failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tls_files</name>
    <message>
        <location filename="../../qmpgui/ui/tls_files.py" line="-94"/>
        <source>PEM files (*.pem *.crt *.cert *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toolbar</name>
    <message>
        <location filename="../../qmpgui/app/toolbar_style.py" line="-34"/>
        <source>Text &amp;beside icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text &amp;under icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Icons only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trace</name>
    <message>
        <location filename="../../qmpgui/qmp/trace.py" line="+104"/>
        <source>the whole pattern {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing changed: {event} is not available in this build of QEMU (compiled out; QEMU says &quot;disabled&quot;), and QEMU refuses {whole} for it. Refresh, then choose Checked events without it, or Every event matching the search: the available ones are then sent by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source> and {v0} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>{shown} (is|are) not available in this build of QEMU (compiled out) and left out: QEMU refuses a whole pattern that covers one, so the available events were sent by name</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{file} (-trace file= names QEMU&apos;s log file, so it wins over -D {logfile})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} (-trace file= names QEMU&apos;s log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the -D log file {logfile}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QEMU&apos;s stderr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QEMU has no trace-file command, so its backend is not &quot;simple&quot;: with the &quot;log&quot; backend (Debian&apos;s and most builds) enabled events are written as lines to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backend &quot;simple&quot;: {v0} (binary: read it with QEMU&apos;s simpletrace.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QEMU&apos;s stderr, which libvirt writes to {stderr_log} on the domain&apos;s host (or the file its &lt;qemu:commandline&gt; gives with -D or -trace file=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QEMU&apos;s stderr, or the file its -D or -trace file= option names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU&apos;s command line: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not readable from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No -trace option on QEMU&apos;s command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/session/trace.py" line="+34"/>
        <source>Enable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disable trace events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>a libvirt domain: virsh dumpxml shows its &lt;qemu:commandline&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the monitor is not a local socket, so QEMU&apos;s process is not visible here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>/proc/{pid}/cmdline is not readable (another user&apos;s QEMU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/panes/trace.py" line="-393"/>
        <source>Every enabled event is written each time QEMU passes it: many events slow the VM and fill the trace&apos;s file or QEMU&apos;s log quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every event matching the search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transaction</name>
    <message>
        <location filename="../../qmpgui/qmp/transaction.py" line="+95"/>
        <source>the transaction is not closed: end it with &apos;)&apos;, on a line of its own or after the last action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transcript_lines</name>
    <message>
        <location filename="../../qmpgui/models/transcript_lines.py" line="+156"/>
        <source>… {v0} more of {v1}: Show all (double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save reply to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{v0:.1f} MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{v0:.0f} KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transport</name>
    <message>
        <location filename="../../qmpgui/qmp/ssh/transport.py" line="+76"/>
        <source>no such file on {host}: {path} (is QEMU running there with -qmp unix:{path},server=on,wait=off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no such socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>permission denied on {host}: {path} (the SSH user may not reach it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the SSH server of {host} could not open {path}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot open the socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} on {host} is a folder, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} on {host} is a file, not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>permission denied on {host}: {path}: the SSH user may not open this socket (check its owner and mode, or join its group)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>connection refused on {host}: {path} exists but nothing listens on it (left behind by a QEMU that exited?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tray</name>
    <message>
        <location filename="../../qmpgui/ui/tray.py" line="+61"/>
        <source>qmpgui: {v0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>and {more} more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unix_peers</name>
    <message>
        <location filename="../../qmpgui/qmp/unix_peers.py" line="-113"/>
        <source>no netlink sockets on this system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>unplug</name>
    <message>
        <location filename="../../qmpgui/session/unplug.py" line="-245"/>
        <source>Remove device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unplug requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unplug requested, not released by the guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>user_guide</name>
    <message>
        <location filename="../../qmpgui/ui/user_guide.py" line="-121"/>
        <source>README.md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source># qmpgui

The user guide was not found: it is the README of qmpgui&apos;s source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>*(picture: {v0})*</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewers</name>
    <message>
        <location filename="../../qmpgui/host/viewers.py" line="+90"/>
        <source>install remote-viewer (package virt-viewer) or a VNC viewer such as TigerVNC&apos;s vncviewer (package tigervnc-viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>install TigerVNC&apos;s vncviewer (package tigervnc-viewer), which opens a unix socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>install remote-viewer (package virt-viewer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>the display listens on {listen_host} of the remote host only; reach it through an SSH tunnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the display is the unix socket {path} on {host}; reach it through an SSH tunnel (ssh -L LOCAL.sock:{path} {host})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>QEMU reports a unix socket without its path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QEMU reports no port to connect to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vm_dialog</name>
    <message>
        <location filename="../../qmpgui/ui/vm_dialog.py" line="-193"/>
        <source>Start QEMU with &lt;tt&gt;-qmp unix:/run/vm1.qmp,server=on,wait=off&lt;/tt&gt; and enter &lt;tt&gt;/run/vm1.qmp&lt;/tt&gt; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>QEMU serves QMP over TLS with &lt;tt&gt;-object tls-creds-x509,id=tls0,dir=DIR,endpoint=server,verify-peer=on&lt;/tt&gt; and a monitor chardev with &lt;tt&gt;tls-creds=tls0&lt;/tt&gt;; the client certificate must be signed by the CA in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vm_list</name>
    <message>
        <location filename="../../qmpgui/models/vm_list.py" line="+396"/>
        <source>libvirt connection {uri}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>given on the command line: not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/models/vm_list_words.py" line="+15"/>
        <source>incoming: </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_actions</name>
    <message>
        <location filename="../../qmpgui/app/window_actions.py" line="+46"/>
        <source>Click a field after this to read what it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close qmpgui (running VMs keep running)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;About qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version and licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every setting of the configuration file, applied at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the event log of all VMs: events, connections and commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s raw QMP/HMP console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s screen (its tab, or its window when detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;rial console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the selected VM&apos;s serial console (its tab, or its window when detached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every keyboard shortcut of qmpgui, searchable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How to use qmpgui, shown here without a network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About qmpgui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;qmpgui {__version__}&lt;/b&gt;&lt;p&gt;A desktop control panel for QEMU virtual machines, speaking QMP.&lt;/p&gt;&lt;p&gt;Licensed under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_parts</name>
    <message>
        <location filename="../../qmpgui/app/window_parts.py" line="-15"/>
        <source>Event log and console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../qmpgui/ui/pane_tabs.py" line="+43"/>
        <source>Panes of the selected VM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window_state</name>
    <message>
        <location filename="../../qmpgui/app/window_state.py" line="+28"/>
        <location line="+25"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>it is not an INI file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>could not write {path}: {v1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the write failed (is the disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

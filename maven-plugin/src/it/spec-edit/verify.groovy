import java.util.zip.ZipFile

// build.log holds the three builds one after the other.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).findAll { it.contains('BUILD') }
assert builds.size() == 3
def (first, edited, unchanged) = builds

assert first.contains('Spec files recorded (1); [com.example.shop] generated from them')
assert edited.contains('Spec files changed (edited com/example/shop/shop.yaml): [com.example.shop] generated again')
assert edited.contains('Recompiling the module because of changed source code.')
assert unchanged.contains('Spec files unchanged (1)')
assert unchanged.contains('Nothing to compile - all classes are up to date.')
[first, edited, unchanged].each { assert !it.contains('--- maven-clean-plugin') : 'no build may clean' }

// The edit shows: the new command and field are there, the removed command left nothing behind.
def generated = new File(basedir, 'target/generated-sources/annotations/com/example/shop')
assert new File(generated, 'shop/GetGadgetsRequest.java').isFile()
assert new File(basedir, 'target/classes/com/example/shop/shop/GetGadgetsResponse$Gadget.class').isFile()
assert new File(generated, 'shop/GetWidgetsResponse.java').text.contains('BigDecimal price')
assert !new File(generated, 'shop/ShopApi.java').text.contains('deleteWidget')

def leftovers = []
new File(basedir, 'target').eachFileRecurse { if (it.name.contains('DeleteWidget')) leftovers << it }
assert leftovers.isEmpty() : "the removed command survived: $leftovers"
new ZipFile(new File(basedir, 'target/spec-edit-1.0-SNAPSHOT.jar')).withCloseable { jar ->
    def names = jar.entries().collect { it.name }
    assert names.contains('com/example/shop/shop/GetGadgetsRequest.class')
    assert names.contains('com/example/shop/WidgetNames.class')
    assert !names.any { it.contains('DeleteWidget') } : names
}

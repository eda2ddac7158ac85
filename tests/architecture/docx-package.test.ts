// The DOCX is packed through docx's package compiler, which its typed API does not promise: a docx
// without it must stop the render with a clear message, not write an archive dated by the clock.
describe("the DOCX packer relies on docx's package compiler", () => {
  test('a docx without the compiler is refused when the module loads', () => {
    jest.isolateModules(() => {
      jest.doMock('docx', () => ({ Packer: {} }));
      expect(() => require('../../src/render/docx-package')).toThrow(/docx: Packer has no package compiler; install the pinned version/);
    });
    jest.dontMock('docx');
  });

  test('the pinned version loads', () => {
    jest.isolateModules(() => {
      expect(() => require('../../src/render/docx-package')).not.toThrow();
    });
  });
});

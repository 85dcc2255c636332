print 'total' $
